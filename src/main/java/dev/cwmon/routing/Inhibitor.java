package dev.cwmon.routing;

import dev.cwmon.model.alertmanager.InhibitRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inhibition as Alertmanager 0.25 decides it among alerts firing together: a target is muted
 * by a rule when it matches the rule's target matchers and another firing alert matches the
 * source matchers with the same values for every {@code equal} label (absent equals absent).
 * An alert that matches both sides can only be muted by a source that is not itself a target.
 */
public final class Inhibitor {
  private final List<InhibitRule> rules;

  public Inhibitor(List<InhibitRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** One reason an alert is muted: which alert, by which rule, tied by which labels. */
  public record Muting(String target, String source, int rule, List<String> equal) {
    public Muting {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(source, "source");
      equal = List.copyOf(equal);
    }
  }

  /**
   * Every (target, source, rule) that mutes, for alerts named by the keys of {@code alerts}.
   * Sources are considered whether or not they are muted themselves, as Alertmanager does.
   */
  public List<Muting> mutings(Map<String, Map<String, String>> alerts) {
    List<Muting> out = new ArrayList<>();
    for (var target : alerts.entrySet()) {
      for (int i = 0; i < rules.size(); i++) {
        InhibitRule rule = rules.get(i);
        if (!Labels.matchesAll(rule.allTargetMatchers(), target.getValue())) {
          continue;
        }
        boolean twoSided = Labels.matchesAll(rule.allSourceMatchers(), target.getValue());
        for (var source : alerts.entrySet()) {
          if (mutes(rule, source.getValue(), target.getValue(), twoSided)) {
            out.add(new Muting(target.getKey(), source.getKey(), i, rule.equal()));
          }
        }
      }
    }
    return out;
  }

  private static boolean mutes(InhibitRule rule, Map<String, String> source,
      Map<String, String> target, boolean excludeTwoSided) {
    if (!Labels.matchesAll(rule.allSourceMatchers(), source)) {
      return false;
    }
    for (String name : rule.equal()) {
      if (!source.getOrDefault(name, "").equals(target.getOrDefault(name, ""))) {
        return false;
      }
    }
    return !(excludeTwoSided && Labels.matchesAll(rule.allTargetMatchers(), source));
  }

  /** Whether the alert named {@code target} is muted by any of {@code alerts}. */
  public boolean muted(String target, Map<String, Map<String, String>> alerts) {
    return mutings(alerts).stream().anyMatch(m -> m.target().equals(target));
  }
}
