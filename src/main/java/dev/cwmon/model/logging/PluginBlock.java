package dev.cwmon.model.logging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** A plugin and its settings in spec order, e.g. {@code beats} with {@code port: 5044}. */
public record PluginBlock(String name, Map<String, SettingValue> settings, String comment)
    implements Statement {
  public PluginBlock {
    Objects.requireNonNull(name, "name");
    settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }
}
