package dev.cwmon.model.alertmanager;

import dev.cwmon.model.OrderedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Mutes alerts matching the target while an alert matching the source fires. The
 * {@code *_match} and {@code *_match_re} maps are Alertmanager's older (deprecated) form.
 */
public record InhibitRule(
    List<Matcher> sourceMatchers,
    List<Matcher> targetMatchers,
    List<String> equal,
    Map<String, String> sourceMatch,
    Map<String, String> sourceMatchRe,
    Map<String, String> targetMatch,
    Map<String, String> targetMatchRe) {
  public InhibitRule {
    sourceMatchers = List.copyOf(sourceMatchers);
    targetMatchers = List.copyOf(targetMatchers);
    equal = List.copyOf(equal);
    sourceMatch = OrderedMap.copyOf(sourceMatch);
    sourceMatchRe = OrderedMap.copyOf(sourceMatchRe);
    targetMatch = OrderedMap.copyOf(targetMatch);
    targetMatchRe = OrderedMap.copyOf(targetMatchRe);
  }

  /** Every source matcher, old-style ones included. */
  /** An inhibit rule written with matchers only, as current Alertmanager configs are. */
  public InhibitRule(
      List<Matcher> sourceMatchers, List<Matcher> targetMatchers, List<String> equal) {
    this(sourceMatchers, targetMatchers, equal, Map.of(), Map.of(), Map.of(), Map.of());
  }

  public List<Matcher> allSourceMatchers() {
    return merged(sourceMatchers, sourceMatch, sourceMatchRe);
  }

  /** Every target matcher, old-style ones included. */
  public List<Matcher> allTargetMatchers() {
    return merged(targetMatchers, targetMatch, targetMatchRe);
  }

  static List<Matcher> merged(
      List<Matcher> matchers, Map<String, String> equal, Map<String, String> regex) {
    List<Matcher> out = new ArrayList<>(matchers);
    equal.forEach((k, v) -> out.add(new Matcher(k, Matcher.Op.EQ, v)));
    regex.forEach((k, v) -> out.add(new Matcher(k, Matcher.Op.RE, v)));
    return List.copyOf(out);
  }
}
