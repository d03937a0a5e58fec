package dev.cwmon.ruletest;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Spec;
import dev.cwmon.model.ruletest.RuleTest;
import dev.cwmon.model.ruletest.RuleTest.AlertTest;
import dev.cwmon.model.ruletest.RuleTest.ExpAlert;
import dev.cwmon.render.Output;
import dev.cwmon.render.Tree;
import dev.cwmon.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs the generated SLO tests and the spec's {@code rule_tests} with promtool over the
 * generated rule files. promtool wants every label and annotation of an expected alert; a
 * spec's test names only those it cares about. So a first run expects no alerts, which makes
 * promtool print the alerts that did fire; each expected alert is completed from the fired
 * alert that has all the labels and annotations it names (each fired alert used once), and a
 * second run, with the completed expectations, gives the verdict.
 */
public final class RuleTestRunner {
  static final String USER_TESTS = "tests/rule-tests.yml";

  private final Promtool promtool;

  public RuleTestRunner(Promtool promtool) {
    this.promtool = promtool;
  }

  /** Writes {@code outputs} into {@code dir} and runs every test file there. */
  public Promtool.Result run(Spec spec, List<Output> outputs, Path dir) throws IOException {
    OutputWriter.write(dir, outputs);
    List<String> files = new ArrayList<>();
    outputs.stream().map(Output::path).filter(p -> p.startsWith("tests/")).forEach(files::add);
    if (!spec.ruleTests().isEmpty()) {
      Path user = dir.resolve(USER_TESTS);
      Files.createDirectories(user.getParent());
      Files.writeString(user, dump(doc(spec, spec.ruleTests(), true)));
      GotAlerts got = GotAlerts.parse(promtool.testRules(dir, List.of(USER_TESTS)).output());
      List<RuleTest> completed = new ArrayList<>();
      for (int i = 0; i < spec.ruleTests().size(); i++) {
        completed.add(complete(spec.ruleTests().get(i), probeName(i), got));
      }
      Files.writeString(user, dump(doc(spec, completed, false)));
      files.add(USER_TESTS);
    }
    if (files.isEmpty()) {
      return new Promtool.Result(true, "no rule tests: the spec has no SLOs and no rule_tests\n");
    }
    return promtool.testRules(dir, files);
  }

  private static String probeName(int i) {
    return "cwmon-probe-" + i;
  }

  /** The test file; with {@code probe}, every alert test expects nothing. */
  private static Map<String, Object> doc(Spec spec, List<RuleTest> tests, boolean probe) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("rule_files", spec.rules().stream().map(f -> "../" + f.file()).toList());
    doc.put("evaluation_interval", evaluationInterval(spec).toString());
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < tests.size(); i++) {
      Map<String, Object> test = Tree.map(Tree.of(tests.get(i)));
      if (probe) {
        test.put("name", probeName(i));
        test.remove("promql_expr_test");
        for (Object a : (List<?>) test.getOrDefault("alert_rule_test", List.of())) {
          Tree.map(a).put("exp_alerts", List.of());
        }
      }
      Object alertTests = test.get("alert_rule_test");
      if (alertTests != null) {
        for (Object a : (List<?>) alertTests) {
          Tree.map(a).putIfAbsent("exp_alerts", List.of());
        }
      }
      out.add(test);
    }
    doc.put("tests", out);
    return doc;
  }

  private static PromDuration evaluationInterval(Spec spec) {
    var p = spec.prometheus();
    if (p != null && p.global() != null && p.global().evaluationInterval() != null) {
      return p.global().evaluationInterval();
    }
    return PromDuration.parseOrNull("1m");
  }

  private static RuleTest complete(RuleTest test, String probe, GotAlerts got) {
    List<AlertTest> alertTests = new ArrayList<>();
    for (AlertTest a : test.alertRuleTest()) {
      List<GotAlerts.Alert> fired = got.get(probe, a.alertname(), a.evalTime());
      Set<Integer> used = new HashSet<>();
      List<ExpAlert> expected = new ArrayList<>();
      for (ExpAlert e : a.expAlerts()) {
        expected.add(match(e, fired, used));
      }
      alertTests.add(new AlertTest(a.evalTime(), a.alertname(), expected));
    }
    return new RuleTest(test.name(), test.interval(), test.externalLabels(), test.inputSeries(),
        alertTests, test.promqlExprTest());
  }

  /** The first unused fired alert that has everything {@code e} names, else {@code e}. */
  private static ExpAlert match(ExpAlert e, List<GotAlerts.Alert> fired, Set<Integer> used) {
    for (int i = 0; i < fired.size(); i++) {
      GotAlerts.Alert alert = fired.get(i);
      if (!used.contains(i) && contains(alert.labels(), e.expLabels())
          && contains(alert.annotations(), e.expAnnotations())) {
        used.add(i);
        Map<String, String> labels = new LinkedHashMap<>(alert.labels());
        labels.remove("alertname");
        return new ExpAlert(labels, alert.annotations());
      }
    }
    return e;
  }

  private static boolean contains(Map<String, String> actual, Map<String, String> wanted) {
    return wanted.entrySet().stream()
        .allMatch(w -> w.getValue().equals(actual.get(w.getKey())));
  }

  private static String dump(Map<String, Object> doc) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setLineBreak(DumperOptions.LineBreak.UNIX);
    options.setSplitLines(false);
    return "# Generated by cwmon for cwmon test.\n" + new Yaml(options).dump(doc);
  }
}
