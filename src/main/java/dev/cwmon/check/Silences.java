package dev.cwmon.check;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.model.Silence;
import dev.cwmon.model.Spec;
import dev.cwmon.model.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the spec's silences to the diagnostics of a run. A silenced diagnostic stays in the
 * output with its reason; a silence that matches nothing is itself reported, so that stale
 * silences do not pile up.
 */
public final class Silences {
  private Silences() {}

  /** One silence and the spec paths it covers. */
  private record Scope(Silence silence, String declaredAt, List<String> paths) {}

  public static void apply(Spec spec, String environment, CheckContext ctx) {
    for (Scope scope : scopes(spec, ctx)) {
      Silence s = scope.silence();
      if (!s.appliesIn(environment)) {
        continue;
      }
      int n = ctx.diagnostics().silence(d -> d.code().equals(s.code())
          && scope.paths().stream().anyMatch(p -> covers(p, d)), s.reason());
      if (n == 0) {
        ctx.warning("CW108", scope.declaredAt(), "silence of " + s.code()
            + " matches no diagnostic", "remove the silence; the problem is gone");
      }
    }
  }

  private static List<Scope> scopes(Spec spec, CheckContext ctx) {
    List<Scope> scopes = new ArrayList<>();
    for (int f = 0; f < spec.rules().size(); f++) {
      var groups = spec.rules().get(f).groups();
      for (int g = 0; g < groups.size(); g++) {
        List<Rule> rules = groups.get(g).rules();
        for (int r = 0; r < rules.size(); r++) {
          String path = "rules[" + f + "].groups[" + g + "].rules[" + r + "]";
          List<Silence> silences = rules.get(r).silence();
          for (int i = 0; i < silences.size(); i++) {
            scopes.add(new Scope(silences.get(i), path + ".silence[" + i + "]",
                List.of(path)));
          }
        }
      }
    }
    if (spec.lint() != null) {
      List<Silence> silences = spec.lint().silence();
      for (int i = 0; i < silences.size(); i++) {
        Silence s = silences.get(i);
        List<String> paths = new ArrayList<>();
        if (s.path() != null) {
          paths.add(s.path());
        }
        if (s.alert() != null) {
          paths.addAll(alertPaths(spec, s.alert(), ctx));
        }
        if (s.path() == null && s.alert() == null) {
          paths.add("");
        }
        scopes.add(new Scope(s, "lint.silence[" + i + "]", paths));
      }
    }
    return scopes;
  }

  /** The spec paths of the rules that define {@code alert}; an SLO's alerts are its SLO's. */
  private static List<String> alertPaths(Spec spec, String alert, CheckContext ctx) {
    List<String> paths = new ArrayList<>();
    for (int f = 0; f < spec.rules().size(); f++) {
      var groups = spec.rules().get(f).groups();
      for (int g = 0; g < groups.size(); g++) {
        for (int r = 0; r < groups.get(g).rules().size(); r++) {
          if (alert.equals(groups.get(g).rules().get(r).alert())) {
            paths.add(ctx.sourceMap().specPath(
                "rules[" + f + "].groups[" + g + "].rules[" + r + "]"));
          }
        }
      }
    }
    return paths;
  }

  /** Whether {@code prefix} is the diagnostic's path or one of its ancestors. */
  static boolean covers(String prefix, Diagnostic d) {
    String p = d.path();
    return prefix.isEmpty() || p.equals(prefix) || p.startsWith(prefix + ".")
        || p.startsWith(prefix + "[");
  }
}
