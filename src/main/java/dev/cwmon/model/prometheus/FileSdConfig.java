package dev.cwmon.model.prometheus;

import dev.cwmon.model.PromDuration;
import java.util.List;

/** Targets read from JSON or YAML files that Prometheus watches. */
public record FileSdConfig(List<String> files, PromDuration refreshInterval) {
  public FileSdConfig {
    files = List.copyOf(files);
  }
}
