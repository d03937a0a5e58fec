package dev.cwmon.cli;

import dev.cwmon.bind.SourceMap;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.SuiteLoader;
import dev.cwmon.model.Spec;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.routing.RoutingSuite;
import dev.cwmon.routing.SuiteRunner;
import dev.cwmon.ruletest.Promtool;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cwmon test}: the routing tests against simulated Alertmanager, then the rule tests
 * with promtool, with one summary.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the tests of the spec: first the routing tests (*.routes-test.yaml in "
        + "the spec folder or its tests/ folder: alerts firing together, the receivers each "
        + "reaches, group keys and inhibition, as Alertmanager 0.25 would decide), then the "
        + "rule tests with promtool (the generated SLO tests and the spec's rule_tests). "
        + "Prints each failure, then one summary. Without promtool the rule tests are skipped "
        + "with a notice.",
    footer = ExitCodes.HELP)
class TestCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin SpecOptions specOptions;

  @Mixin Verbosity verbosity;

  @Option(names = "--suite", paramLabel = "FILE",
      description = "A routing test file to run instead of those in tests/ (repeatable).")
  List<Path> suites = new ArrayList<>();

  @Option(names = "--promtool", paramLabel = "FILE",
      description = "The promtool executable (default: promtool on the PATH).")
  Path promtoolPath;

  @Option(names = "--require-promtool",
      description = "Fail (exit 2) instead of skipping the rule tests when promtool is missing.")
  boolean requirePromtool;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = command.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(specOptions.limits(), specOptions.templates);
    Pipeline.Checked checked = pipeline.check(specOptions.spec, specOptions.env, diagnostics);
    Spec spec = checked.spec();
    if (spec == null) {
      return badInput(err, diagnostics, "the spec has errors; no tests were run", null);
    }
    List<Path> files = suites.isEmpty() ? SuiteLoader.suiteFiles(specOptions.spec) : suites;
    boolean ruleTests = RuleTestStep.applies(spec);
    if (files.isEmpty() && !ruleTests) {
      return badInput(err, diagnostics, "no tests for " + specOptions.spec, "add "
          + "NAME.routes-test.yaml to the spec folder or its tests/ (or pass --suite FILE), "
          + "slos: or rule_tests:");
    }
    if (!files.isEmpty() && spec.alertmanager() == null) {
      return badInput(err, diagnostics, "the spec " + specOptions.spec + " has routing tests "
          + "but no alertmanager section", "add alertmanager: with a route and receivers");
    }
    List<SuiteLoader.Loaded> loaded = new SuiteLoader(specOptions.limits())
        .load(files, diagnostics);
    if (!diagnostics.hasErrors() && !loaded.isEmpty()) {
      // Routing tests come with an alertmanager section (checked above).
      java.util.Set<String> receivers = new java.util.TreeSet<>();
      spec.alertmanager().receivers().forEach(r -> receivers.add(r.name()));
      loaded.forEach(l -> dev.cwmon.routing.SuiteChecks.run(l.suite(), l.sourceMap(),
          receivers, diagnostics));
    }
    if (diagnostics.hasErrors()) {
      return badInput(err, diagnostics, "the routing tests have errors; nothing was run", null);
    }
    Promtool promtool = ruleTests ? Promtool.find(promtoolPath) : null;
    if (ruleTests && promtool == null && (requirePromtool || promtoolPath != null)) {
      return badInput(err, diagnostics, "promtool not found" + where(), "install it "
          + "(apt-get install prometheus) or pass --promtool FILE");
    }
    PrintWriter out = command.commandLine().getOut();
    List<String> summary = new ArrayList<>();
    boolean failed = !files.isEmpty() && !routing(checked, loaded, out, summary);
    if (files.isEmpty()) {
      summary.add("routing tests: none (no *.routes-test.yaml in the spec folder or tests/)");
    }
    if (!ruleTests) {
      summary.add("rule tests: none (the spec has no slos and no rule_tests)");
    } else if (promtool == null) {
      summary.add("rule tests: skipped (promtool not found" + where() + ")");
      err.println("cwmon: rule tests skipped: promtool not found" + where());
      err.println("  hint: install it (apt-get install prometheus) or pass --promtool FILE; "
          + "--require-promtool makes this an error");
      err.flush();
    } else {
      Promtool.Result result =
          RuleTestStep.run(pipeline, spec, SpecOptions.sourceName(spec), promtool);
      if (!verbosity.quiet || !result.ok()) {
        out.print(result.output());
      }
      summary.add(result.ok() ? "rule tests: passed" : "rule tests: FAILED");
      failed |= !result.ok();
    }
    if (!verbosity.quiet) {
      summary.forEach(out::println);
    }
    out.flush();
    return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /** Runs the routing cases, printing each failure; false when one failed. */
  private boolean routing(Pipeline.Checked checked, List<SuiteLoader.Loaded> loaded,
      PrintWriter out, List<String> summary) {
    SourceMap specMap = checked.sourceMap();
    SuiteRunner runner = new SuiteRunner(checked.spec().alertmanager(), specMap::specPath);
    int cases = 0;
    int failed = 0;
    for (SuiteLoader.Loaded suite : loaded) {
      List<RoutingSuite.Case> list = suite.suite().cases();
      for (int i = 0; i < list.size(); i++) {
        cases++;
        List<SuiteRunner.Failure> failures = runner.run(list.get(i), i);
        if (failures.isEmpty()) {
          continue;
        }
        failed++;
        out.println(suite.sourceMap().at("cases[" + i + "]") + ": FAIL case \""
            + list.get(i).name() + "\"");
        for (SuiteRunner.Failure f : failures) {
          out.println("  " + suite.sourceMap().at(f.path()) + ": " + f.what());
          out.println("    expected: " + f.expected());
          out.println("    actual:   " + f.actual());
        }
      }
    }
    summary.add("routing tests: " + (cases - failed) + " of " + cases + " cases passed");
    summary.add("routes covered: " + (runner.routeCount() - runner.routesNotCovered().size())
        + " of " + runner.routeCount() + notCovered(runner.routesNotCovered()));
    summary.add("inhibit rules covered: " + (runner.inhibitRuleCount()
        - runner.inhibitRulesNotCovered().size()) + " of " + runner.inhibitRuleCount()
        + notCovered(runner.inhibitRulesNotCovered()));
    return failed == 0;
  }

  private int badInput(PrintWriter err, Diagnostics diagnostics, String what, String hint) {
    new Reporter(err).print(diagnostics.sorted());
    err.println("cwmon: " + what);
    if (hint != null) {
      err.println("  hint: " + hint);
    }
    err.flush();
    return ExitCodes.BAD_INPUT;
  }

  private String where() {
    return promtoolPath == null ? " on the PATH" : ": " + promtoolPath;
  }

  private static String notCovered(List<String> paths) {
    return paths.isEmpty() ? "" : " (not: " + String.join(", ", paths) + ")";
  }
}
