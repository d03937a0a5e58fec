package dev.cwmon.resolve;

import dev.cwmon.model.Spec;
import dev.cwmon.model.incident.Playbook;
import dev.cwmon.model.rules.Rule;
import dev.cwmon.model.rules.RuleFile;
import dev.cwmon.model.rules.RuleGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule files of the resolved spec: the spec's own files, then the SLO rule file (one
 * group per SLO, in spec order); every alert with a playbook gets the playbook's
 * {@code runbook_url} annotation.
 */
final class ResolvedRules {
  private ResolvedRules() {}

  /** The rule files; the SLO rule file only with {@code expandSlos}. */
  static List<RuleFile> of(Spec spec, boolean expandSlos, Provenance provenance) {
    List<RuleFile> files = new ArrayList<>(spec.rules());
    RuleFile slo = expandSlos ? SloRules.of(spec) : null;
    if (slo != null) {
      String path = "rules[" + files.size() + "]";
      provenance.generated(path, "slos");
      for (int g = 0; g < slo.groups().size(); g++) {
        provenance.generated(path + ".groups[" + g + "]", "slos[" + g + "]");
      }
      files.add(slo);
    }
    Map<String, Playbook> playbooks = spec.playbooks().alerts();
    if (playbooks.values().stream().allMatch(p -> p.runbookUrl() == null)) {
      return List.copyOf(files);
    }
    List<RuleFile> out = new ArrayList<>();
    for (int f = 0; f < files.size(); f++) {
      out.add(withRunbooks(files.get(f), "rules[" + f + "]", playbooks, provenance));
    }
    return out;
  }

  private static RuleFile withRunbooks(RuleFile file, String path,
      Map<String, Playbook> playbooks, Provenance provenance) {
    List<RuleGroup> groups = new ArrayList<>();
    for (int g = 0; g < file.groups().size(); g++) {
      RuleGroup group = file.groups().get(g);
      List<Rule> rules = new ArrayList<>();
      for (int r = 0; r < group.rules().size(); r++) {
        Rule rule = group.rules().get(r);
        Playbook playbook = rule.isAlert() ? playbooks.get(rule.alert()) : null;
        if (playbook == null || playbook.runbookUrl() == null) {
          rules.add(rule);
          continue;
        }
        provenance.generated(path + ".groups[" + g + "].rules[" + r + "].annotations.runbook_url",
            "playbooks.alerts." + rule.alert() + ".runbook_url");
        rules.add(withRunbook(rule, playbook.runbookUrl()));
      }
      groups.add(new RuleGroup(group.name(), group.interval(), group.limit(), rules));
    }
    return new RuleFile(file.file(), groups);
  }

  private static Rule withRunbook(Rule rule, String runbookUrl) {
    Map<String, String> annotations = new LinkedHashMap<>(rule.annotations());
    annotations.put("runbook_url", runbookUrl);
    return new Rule(rule.alert(), rule.record(), rule.expr(), rule.forDuration(),
        rule.keepFiringFor(), rule.labels(), annotations, rule.silence());
  }
}
