package dev.cwmon.gotemplate;

import dev.cwmon.gotemplate.Node.ListNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed template: the main body and the templates it defines with {@code define} or
 * {@code block}, in the order they appear.
 */
public record ParsedTemplate(ListNode root, Map<String, ListNode> definitions) {
  public ParsedTemplate {
    Objects.requireNonNull(root, "root");
    definitions = Collections.unmodifiableMap(new LinkedHashMap<>(definitions));
  }
}
