package dev.cwmon.cli;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.SuiteLoader;
import dev.cwmon.model.Spec;
import dev.cwmon.routing.RoutingSuite;
import dev.cwmon.routing.SuiteRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cwmon test}: runs the spec's routing tests against simulated Alertmanager. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Run the routing tests of the spec (tests/*.routes-test.yaml beside it): "
        + "alerts firing together, the receivers each reaches, group keys and inhibition, as "
        + "Alertmanager 0.25 would decide. Prints each failing case with expected and actual.",
    footer = ExitCodes.HELP)
final class TestCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin SpecOptions specOptions;

  @Mixin Verbosity verbosity;

  @Option(names = "--suite", paramLabel = "FILE",
      description = "A routing test file to run instead of those in tests/ (repeatable).")
  List<Path> suites = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = command.commandLine().getErr();
    Spec spec = CheckedSpec.withAlertmanager(specOptions, err);
    if (spec == null) {
      return ExitCodes.BAD_INPUT;
    }
    List<Path> files = suites.isEmpty() ? SuiteLoader.suiteFiles(specOptions.spec) : suites;
    if (files.isEmpty()) {
      err.println("cwmon: no routing tests for " + specOptions.spec);
      err.println("  hint: add tests/NAME.routes-test.yaml beside the spec, or pass --suite FILE");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    Diagnostics diagnostics = new Diagnostics();
    List<SuiteLoader.Loaded> loaded = new SuiteLoader(specOptions.limits())
        .load(files, diagnostics);
    if (diagnostics.hasErrors()) {
      new Reporter(err).print(diagnostics.sorted());
      err.println("cwmon: the routing tests have errors; nothing was run");
      err.flush();
      return ExitCodes.BAD_INPUT;
    }
    return run(spec, loaded);
  }

  private int run(Spec spec, List<SuiteLoader.Loaded> loaded) {
    PrintWriter out = command.commandLine().getOut();
    SuiteRunner runner = new SuiteRunner(spec.alertmanager());
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
    if (!verbosity.quiet) {
      out.println("routing tests: " + (cases - failed) + " of " + cases + " cases passed");
      out.println("routes covered: " + (runner.routeCount() - runner.routesNotCovered().size())
          + " of " + runner.routeCount() + notCovered(runner.routesNotCovered()));
      out.println("inhibit rules covered: " + (runner.inhibitRuleCount()
          - runner.inhibitRulesNotCovered().size()) + " of " + runner.inhibitRuleCount()
          + notCovered(runner.inhibitRulesNotCovered()));
    }
    out.flush();
    return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private static String notCovered(List<String> paths) {
    return paths.isEmpty() ? "" : " (not: " + String.join(", ", paths) + ")";
  }
}
