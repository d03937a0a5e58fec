package dev.cwmon.render;

import java.util.Objects;

/**
 * One rendered file: its path inside the output folder, its text, and the document tree it
 * must parse back to (for a YAML stream, the list of its documents; null for formats verified
 * otherwise).
 */
public record Output(String path, String text, Format format, Object tree) {
  /** How a rendered file is parsed back for verification. */
  public enum Format {
    YAML, YAML_STREAM, JSON, ARGS, LOGSTASH, TEXT
  }

  public Output {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(format, "format");
  }
}
