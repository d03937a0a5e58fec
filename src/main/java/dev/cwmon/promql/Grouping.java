package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/** The {@code by (...)} or {@code without (...)} clause of an aggregation. */
public record Grouping(Kind kind, List<String> labels) {
  public static final Grouping NONE = new Grouping(Kind.NONE, List.of());

  /** Which clause was written, if any. */
  public enum Kind { NONE, BY, WITHOUT }

  public Grouping {
    Objects.requireNonNull(kind, "kind");
    labels = List.copyOf(labels);
  }
}
