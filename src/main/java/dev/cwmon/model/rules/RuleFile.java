package dev.cwmon.model.rules;

import dev.cwmon.model.Required;
import java.util.List;

/** One rule file cwmon writes, e.g. codeweaver-rules.yml, and its groups. */
public record RuleFile(@Required @dev.cwmon.model.FileName String file, List<RuleGroup> groups) {
  public RuleFile {
    groups = List.copyOf(groups);
  }
}
