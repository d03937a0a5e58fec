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
 * The rule files cwmon writes, in one place: the spec's own files, then the SLO rule file;
 * every alert with a playbook gets the playbook's {@code runbook_url} annotation. Both the
 * rule files and prometheus.yml's {@code rule_files} come from here.
 */
public final class ResolvedRules {
  private ResolvedRules() {}

  public static List<RuleFile> of(Spec spec) {
    List<RuleFile> files = new ArrayList<>(spec.rules());
    RuleFile slo = SloRules.of(spec);
    if (slo != null) {
      files.add(slo);
    }
    Map<String, Playbook> playbooks = spec.playbooks().alerts();
    if (playbooks.values().stream().allMatch(p -> p.runbookUrl() == null)) {
      return List.copyOf(files);
    }
    return files.stream().map(f -> withRunbooks(f, playbooks)).toList();
  }

  /** Every alert name the rule files define, SLO alerts included. */
  public static List<String> alertNames(Spec spec) {
    List<String> names = new ArrayList<>();
    for (RuleFile file : of(spec)) {
      for (RuleGroup group : file.groups()) {
        group.rules().stream().filter(Rule::isAlert).map(Rule::alert).forEach(names::add);
      }
    }
    return names;
  }

  private static RuleFile withRunbooks(RuleFile file, Map<String, Playbook> playbooks) {
    List<RuleGroup> groups = new ArrayList<>();
    for (RuleGroup g : file.groups()) {
      List<Rule> rules = g.rules().stream().map(r -> withRunbook(r, playbooks)).toList();
      groups.add(new RuleGroup(g.name(), g.interval(), g.limit(), rules));
    }
    return new RuleFile(file.file(), groups);
  }

  private static Rule withRunbook(Rule rule, Map<String, Playbook> playbooks) {
    Playbook playbook = rule.isAlert() ? playbooks.get(rule.alert()) : null;
    if (playbook == null || playbook.runbookUrl() == null) {
      return rule;
    }
    Map<String, String> annotations = new LinkedHashMap<>(rule.annotations());
    annotations.put("runbook_url", playbook.runbookUrl());
    return new Rule(rule.alert(), rule.record(), rule.expr(), rule.forDuration(),
        rule.keepFiringFor(), rule.labels(), annotations);
  }
}
