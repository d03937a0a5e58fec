package dev.cwmon.model.alertmanager;

import java.util.List;

/** Mutes alerts matching the target while an alert matching the source fires. */
public record InhibitRule(
    List<Matcher> sourceMatchers, List<Matcher> targetMatchers, List<String> equal) {
  public InhibitRule {
    sourceMatchers = List.copyOf(sourceMatchers);
    targetMatchers = List.copyOf(targetMatchers);
    equal = List.copyOf(equal);
  }
}
