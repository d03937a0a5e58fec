package dev.cwmon.logstash;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plugin block such as {@code beats { port => 5044 }}, either as a statement or as the value
 * of an attribute ({@code codec => json { charset => "UTF-8" }}).
 *
 * <p>Logstash looks plugins up by their literal name, so a quoted name would never resolve:
 * the name must be unquoted ({@code [A-Za-z0-9_-]+}) and cannot be {@code if} or {@code else}.
 */
public record Plugin(
    String name, List<Attribute> attributes, List<String> comments, List<String> endComments)
    implements Statement, Value {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

  public Plugin {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches() || name.equals("if") || name.equals("else")) {
      throw new IllegalArgumentException("not a plugin name: " + name);
    }
    attributes = List.copyOf(attributes);
    comments = Comments.copy(comments);
    endComments = Comments.copy(endComments);
  }

  public static Plugin of(String name, Attribute... attributes) {
    return new Plugin(name, List.of(attributes), List.of(), List.of());
  }

  static boolean isName(String text) {
    return NAME.matcher(text).matches();
  }
}
