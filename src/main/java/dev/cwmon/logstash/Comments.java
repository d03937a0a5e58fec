package dev.cwmon.logstash;

import java.util.List;

/**
 * Checks comment lists held by the model. A comment is the text after {@code #} up to the end
 * of its line, so it cannot contain a line break.
 */
final class Comments {
  private Comments() {}

  static List<String> copy(List<String> comments) {
    List<String> copy = List.copyOf(comments);
    for (String comment : copy) {
      if (comment.indexOf('\n') >= 0 || comment.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("comment spans lines: " + comment);
      }
    }
    return copy;
  }
}
