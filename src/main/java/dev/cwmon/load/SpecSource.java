package dev.cwmon.load;

import java.util.Objects;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * One parsed spec file: the name diagnostics use for it, its root mapping node, and its text
 * (so that a position inside a value, such as a PromQL error, can be mapped to the file).
 */
public record SpecSource(String file, MappingNode root, String text) {
  public SpecSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(text, "text");
  }
}
