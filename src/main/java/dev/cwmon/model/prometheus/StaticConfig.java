package dev.cwmon.model.prometheus;

import java.util.List;
import dev.cwmon.model.OrderedMap;
import java.util.Map;

/** A fixed list of {@code host:port} targets and the labels they all get. */
public record StaticConfig(List<String> targets, Map<String, String> labels) {
  public StaticConfig {
    targets = List.copyOf(targets);
    labels = OrderedMap.copyOf(labels);
  }
}
