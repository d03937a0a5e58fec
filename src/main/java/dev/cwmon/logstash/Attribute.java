package dev.cwmon.logstash;

import java.util.List;
import java.util.Objects;

/**
 * One {@code name => value} setting of a plugin. A plugin may repeat a name; Logstash merges
 * the values (grok's repeated {@code match}, csv's repeated {@code convert}).
 */
public record Attribute(String name, Value value, List<String> comments) {
  public Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    comments = Comments.copy(comments);
  }

  public static Attribute of(String name, Value value) {
    return new Attribute(name, value, List.of());
  }
}
