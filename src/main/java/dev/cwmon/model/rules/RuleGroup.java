package dev.cwmon.model.rules;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Required;
import java.util.List;

/** A rule group: rules evaluated together at one interval. */
public record RuleGroup(
    @Required String name, PromDuration interval, Integer limit, List<Rule> rules) {
  public RuleGroup {
    rules = List.copyOf(rules);
  }
}
