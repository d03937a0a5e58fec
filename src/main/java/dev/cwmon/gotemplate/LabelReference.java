package dev.cwmon.gotemplate;

import java.util.Objects;

/**
 * A label name a template reads from an alert's labels, such as {@code instance} in
 * {@code {{ $labels.instance }}}; the position is where the name is written.
 */
public record LabelReference(String name, int offset, int line, int column) {
  public LabelReference {
    Objects.requireNonNull(name, "name");
  }
}
