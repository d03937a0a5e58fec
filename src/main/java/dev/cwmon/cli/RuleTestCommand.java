package dev.cwmon.cli;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.render.Output;
import dev.cwmon.ruletest.Promtool;
import dev.cwmon.ruletest.RuleTestRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwmon test-rules}: runs the SLO tests and the spec's rule_tests with promtool. */
@Command(name = "test-rules", mixinStandardHelpOptions = true,
    description = "Generate the rule files into a temporary folder and run promtool test rules "
        + "on the generated SLO tests and on the spec's rule_tests. Expected alerts need only "
        + "name the labels and annotations they care about.",
    footer = ExitCodes.HELP)
final class RuleTestCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin SpecOptions specOptions;

  @Mixin Verbosity verbosity;

  @Option(names = "--promtool", paramLabel = "FILE",
      description = "The promtool executable (default: promtool on the PATH).")
  Path promtoolPath;

  @Override
  public Integer call() throws IOException {
    var err = command.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(specOptions.limits(), specOptions.templates);
    Pipeline.Checked checked = pipeline.check(specOptions.spec, diagnostics);
    new Reporter(err).print(diagnostics.sorted());
    if (checked.spec() == null) {
      err.println("cwmon: the spec has errors; no tests were run");
      return ExitCodes.BAD_INPUT;
    }
    Promtool promtool = Promtool.find(promtoolPath);
    if (promtool == null) {
      err.println("cwmon: promtool not found" + (promtoolPath == null ? " on the PATH"
          : ": " + promtoolPath));
      err.println("  hint: install it (apt-get install prometheus) or pass --promtool FILE");
      return ExitCodes.BAD_INPUT;
    }
    List<Output> outputs = pipeline.render(checked.spec(), specOptions.sourceName());
    Path dir = Files.createTempDirectory("cwmon-test-rules-");
    try {
      Promtool.Result result = new RuleTestRunner(promtool).run(checked.spec(), outputs, dir);
      var out = command.commandLine().getOut();
      if (!verbosity.quiet || !result.ok()) {
        out.print(result.output());
      }
      out.println(result.ok() ? "rule tests passed" : "rule tests FAILED");
      out.flush();
      return result.ok() ? ExitCodes.OK : ExitCodes.FINDINGS;
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
