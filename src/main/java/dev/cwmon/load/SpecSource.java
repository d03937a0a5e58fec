package dev.cwmon.load;

import java.util.Objects;
import org.yaml.snakeyaml.nodes.MappingNode;

/** One parsed spec file: the name diagnostics use for it and its root mapping node. */
public record SpecSource(String file, MappingNode root) {
  public SpecSource {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(root, "root");
  }
}
