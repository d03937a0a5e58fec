package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.model.Version;
import dev.cwmon.model.rules.Rule;
import dev.cwmon.model.rules.RuleFile;
import dev.cwmon.model.rules.RuleGroup;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Checks of rule files, groups and rules that do not need a PromQL parser. */
public final class RuleChecks implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    Set<String> files = new HashSet<>();
    for (int f = 0; f < spec.rules().size(); f++) {
      RuleFile file = spec.rules().get(f);
      String path = "rules[" + f + "]";
      if (!LabelNames.isSafeFileName(file.file()) || !file.file().matches(".*\\.ya?ml")) {
        ctx.error("CW130", path + ".file", "bad rule file name \"" + file.file() + "\"",
            "use a plain file name ending in .yml, e.g. codeweaver-rules.yml");
      } else if (!files.add(file.file()) || isReserved(file.file())) {
        ctx.error("CW130", path + ".file", "rule file name \"" + file.file()
            + "\" is used twice", "give each rule file its own name");
      }
      duplicates(file.groups(), path, ctx);
      Map<String, Integer> groups = new HashMap<>();
      for (int g = 0; g < file.groups().size(); g++) {
        RuleGroup group = file.groups().get(g);
        String gpath = path + ".groups[" + g + "]";
        if (group.name().isBlank()) {
          ctx.error("CW131", gpath + ".name", "group name is empty",
              "name the group; Prometheus refuses a file with an unnamed group");
        } else if (groups.putIfAbsent(group.name(), g) != null) {
          ctx.error("CW131", gpath + ".name", "duplicate group name \"" + group.name() + "\"",
              "group names must be unique within a rule file");
        }
        if (group.limit() != null && group.limit() < 0) {
          ctx.warning("CW131", gpath + ".limit", "negative limit: Prometheus reads it as no"
              + " limit, as 0", "write 0 for no limit");
        }
        for (int r = 0; r < group.rules().size(); r++) {
          rule(group.rules().get(r), gpath + ".rules[" + r + "]", ctx);
          keepFiringFor(group.rules().get(r), gpath + ".rules[" + r + "]", spec, ctx);
        }
      }
    }
  }

  private static final Version KEEP_FIRING_FOR_SINCE = Version.parse("2.42");

  private void keepFiringFor(Rule rule, String path, Spec spec, CheckContext ctx) {
    Version version = spec.targets().prometheusOrDefault();
    if (rule.keepFiringFor() != null && !version.atLeast(KEEP_FIRING_FOR_SINCE)) {
      ctx.error("CW150", path + ".keep_firing_for", "keep_firing_for is not supported by "
          + "Prometheus " + version, "remove it, or target prometheus \"2.42\" or later");
    }
  }

  /**
   * Rules of one file with the same name and static labels, which promtool reports as
   * duplicates: unless their expressions set a telling label, they write the same series or
   * give alerts Alertmanager cannot tell apart.
   */
  private void duplicates(java.util.List<RuleGroup> groups, String path, CheckContext ctx) {
    Map<String, String> seen = new HashMap<>();
    for (int g = 0; g < groups.size(); g++) {
      java.util.List<Rule> rules = groups.get(g).rules();
      for (int r = 0; r < rules.size(); r++) {
        Rule rule = rules.get(r);
        if (rule.name() == null) {
          continue;
        }
        String at = "groups[" + g + "].rules[" + r + "]";
        String first = seen.putIfAbsent(rule.name() + new java.util.TreeMap<>(rule.labels()), at);
        if (first != null) {
          ctx.warning("CW136", path + "." + at, "duplicate rule " + rule.name()
              + ": same name and static labels as " + first, "remove one, or tell them apart "
              + "with a label; promtool check rules reports this too");
        }
      }
    }
  }

  private static boolean isReserved(String name) {
    return name.equals("prometheus.yml") || name.equals("alertmanager.yml");
  }

  private void rule(Rule rule, String path, CheckContext ctx) {
    if ((rule.alert() == null) == (rule.record() == null)) {
      ctx.error("CW132", path, "a rule needs exactly one of alert and record",
          "write alert: Name for an alerting rule, record: level:metric:op for a recording one");
      return;
    }
    if (rule.expr().isBlank()) {
      ctx.error("CW132", path + ".expr", "expr is empty", "write the PromQL expression");
    }
    if (rule.record() != null) {
      if (!LabelNames.isMetric(rule.record())) {
        ctx.error("CW133", path + ".record", "bad metric name \"" + rule.record() + "\"",
            "recording rule names are metric names, e.g. job:http_requests:rate5m");
      }
      if (rule.forDuration() != null || rule.keepFiringFor() != null
          || !rule.annotations().isEmpty()) {
        ctx.error("CW134", path, "recording rule " + rule.record()
            + " has keys only alerting rules take", "remove for, keep_firing_for and annotations");
      }
    } else if (rule.alert().isBlank()) {
      ctx.error("CW133", path + ".alert", "alert name is empty", "name the alert");
    }
    for (String label : rule.labels().keySet()) {
      if (!LabelNames.isLabel(label)) {
        ctx.errorAtKey("CW135", path + ".labels." + label, "bad label name \"" + label + "\"",
            "label names are letters, digits and _, not starting with a digit");
      } else if (label.equals("__name__")) {
        ctx.errorAtKey("CW135", path + ".labels." + label, "a rule cannot set the label __name__",
            rule.record() != null ? "the metric name is record:" : "name the alert with alert:");
      }
    }
    for (String name : rule.annotations().keySet()) {
      if (!LabelNames.isLabel(name)) {
        ctx.errorAtKey("CW135", path + ".annotations." + name, "bad annotation name \"" + name
            + "\"", "annotation names follow label name rules");
      }
    }
  }
}
