package dev.cwmon.check.semantic;

import dev.cwmon.check.Check;
import dev.cwmon.check.CheckContext;
import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.InhibitRule;
import dev.cwmon.model.alertmanager.Matcher;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks inhibit rules against the alerts the rules define: a source or target that matches
 * no alert (CW412), and an alert that matches both sides (CW413).
 */
public final class InhibitChecks implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    if (spec.alertmanager() == null) {
      return;
    }
    AlertIndex alerts = AlertIndex.of(spec, ctx);
    if (alerts.isEmpty()) {
      return;
    }
    List<InhibitRule> rules = spec.alertmanager().inhibitRules();
    for (int i = 0; i < rules.size(); i++) {
      InhibitRule rule = rules.get(i);
      String path = "alertmanager.inhibit_rules[" + i + "]";
      List<Matcher> source = rule.allSourceMatchers();
      List<Matcher> target = rule.allTargetMatchers();
      if (source.isEmpty() || target.isEmpty()) {
        continue;
      }
      boolean sourceFound = side("source", source, sidePath(path, "source", rule), alerts, ctx);
      boolean targetFound = side("target", target, sidePath(path, "target", rule), alerts, ctx);
      if (sourceFound && targetFound) {
        AlertIndex.Alert both = alerts.candidates(source).stream()
            .filter(a -> a.matchAll(source) == AlertIndex.Match.YES
                && a.matchAll(target) == AlertIndex.Match.YES)
            .findFirst().orElse(null);
        if (both != null) {
          ctx.warning("CW413", sidePath(path, "target", rule), "alert " + both.name()
              + " matches both the source and the target of this inhibit rule",
              "exclude it from the target, e.g. alertname != " + both.name()
                  + "; Alertmanager never lets such an alert mute itself, so the rule does"
                  + " less than it reads");
        }
      }
    }
  }

  private static boolean side(String which, List<Matcher> matchers, String path,
      AlertIndex alerts, CheckContext ctx) {
    if (alerts.first(matchers, AlertIndex.Match.MAYBE) != null) {
      return true;
    }
    String near = matchers.stream().filter(m -> m.name().equals("alertname")
        && m.op() == Matcher.Op.EQ).map(m -> alerts.suggest(m.value())).filter(n -> n != null)
        .findFirst().orElse(null);
    ctx.warning("CW412", path, "inhibit rule " + which + " {" + matchers.stream()
        .map(Matcher::toString).collect(Collectors.joining(", "))
        + "} matches no alert of the rules", near != null ? "did you mean alertname \"" + near
        + "\"?" : "correct the matchers to match an alert the rules define (by alertname or a"
        + " static label), or remove the inhibit rule");
    return false;
  }

  private static String sidePath(String path, String side, InhibitRule rule) {
    boolean modern = side.equals("source") ? !rule.sourceMatchers().isEmpty()
        : !rule.targetMatchers().isEmpty();
    if (modern) {
      return path + "." + side + "_matchers";
    }
    boolean equal = side.equals("source") ? !rule.sourceMatch().isEmpty()
        : !rule.targetMatch().isEmpty();
    return path + "." + side + (equal ? "_match" : "_match_re");
  }
}
