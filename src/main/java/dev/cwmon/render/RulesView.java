package dev.cwmon.render;

import dev.cwmon.model.rules.RuleFile;
import java.util.LinkedHashMap;
import java.util.Map;

/** The document tree of one rule file. */
public final class RulesView {
  private RulesView() {}

  public static Map<String, Object> of(RuleFile file) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("groups", Tree.of(file.groups()));
    return doc;
  }
}
