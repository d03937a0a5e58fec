package dev.cwmon.check.semantic;

import dev.cwmon.check.CheckContext;
import dev.cwmon.check.QueryIndex;
import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.model.rules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The alerts the spec's rules can send, each with the labels known for certain (alertname,
 * the rule's static labels, external labels) and the labels its expression may add. Built
 * once per run; a matcher lookup by alertname is a map lookup.
 */
public final class AlertIndex {
  /** Whether a matcher (or all of a list) matches an alert: certainly, certainly not, maybe. */
  public enum Match { YES, NO, MAYBE }

  /**
   * One alerting rule's alerts. {@code fixed} maps a label to its value, null when the value
   * is a template; {@code expression} holds what the expression adds.
   */
  public record Alert(Rule rule, Map<String, String> fixed, Labels expression) {
    public String name() {
      return rule.alert();
    }

    public Match match(Matcher m) {
      if (fixed.containsKey(m.name())) {
        String v = fixed.get(m.name());
        return v == null ? Match.MAYBE : m.matches(v) ? Match.YES : Match.NO;
      }
      if (!expression.lacks(m.name())) {
        return Match.MAYBE;
      }
      return m.matches("") ? Match.YES : Match.NO;
    }

    public Match matchAll(List<Matcher> matchers) {
      Match out = Match.YES;
      for (Matcher m : matchers) {
        Match one = match(m);
        if (one == Match.NO) {
          return Match.NO;
        }
        if (one == Match.MAYBE) {
          out = Match.MAYBE;
        }
      }
      return out;
    }
  }

  private final List<Alert> alerts = new ArrayList<>();
  private final Map<String, List<Alert>> byName = new HashMap<>();

  private AlertIndex(Spec spec, CheckContext ctx) {
    LabelInference inference = LabelInference.of(spec, ctx);
    Map<String, String> external = spec.prometheus() == null
        || spec.prometheus().global() == null ? Map.of()
        : spec.prometheus().global().externalLabels();
    for (QueryIndex.Parsed p : QueryIndex.of(spec, ctx).all()) {
      Rule rule = p.query().rule();
      if (rule == null || !rule.isAlert()) {
        continue;
      }
      Map<String, String> fixed = new HashMap<>(external);
      rule.labels().forEach((k, v) -> fixed.put(k, v.contains("{{") ? null : v));
      fixed.put("alertname", rule.alert());
      Labels expression = p.ok() ? inference.of(p.expr()) : Labels.UNKNOWN;
      Alert alert = new Alert(rule, fixed, expression);
      alerts.add(alert);
      byName.computeIfAbsent(rule.alert(), k -> new ArrayList<>()).add(alert);
    }
  }

  public static AlertIndex of(Spec spec, CheckContext ctx) {
    return ctx.shared(AlertIndex.class, () -> new AlertIndex(spec, ctx));
  }

  public List<Alert> all() {
    return alerts;
  }

  public boolean isEmpty() {
    return alerts.isEmpty();
  }

  /** The alerts {@code matchers} may match: those of its alertname when it names one. */
  public List<Alert> candidates(List<Matcher> matchers) {
    for (Matcher m : matchers) {
      if (m.name().equals("alertname") && m.op() == Matcher.Op.EQ) {
        return byName.getOrDefault(m.value(), List.of());
      }
    }
    return alerts;
  }

  /** The defined alert name nearest to {@code name}, or null. */
  public String suggest(String name) {
    return dev.cwmon.bind.Names.didYouMean(name, byName.keySet());
  }

  /** The first alert {@code matchers} match as certainly as {@code at least}, or null. */
  public Alert first(List<Matcher> matchers, Match atLeast) {
    for (Alert a : candidates(matchers)) {
      Match m = a.matchAll(matchers);
      if (m == Match.YES || m == atLeast) {
        return a;
      }
    }
    return null;
  }
}
