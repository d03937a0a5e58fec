package dev.cwmon.cli;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.pipeline.Pipeline;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwmon lint}: reports every problem of a spec at once, for people and for CI. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Check the spec and print every diagnostic at once, sorted by file and "
        + "position. Writes nothing.",
    footer = ExitCodes.HELP)
final class LintCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin SpecOptions specOptions;

  @Mixin Verbosity verbosity;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  LintFormat format;

  @Option(names = "--strict", description = "Exit 1 on warnings too.")
  boolean strict;

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(specOptions.limits(), specOptions.templates);
    Pipeline.Checked checked = pipeline.check(specOptions.spec, specOptions.env, diagnostics);
    if (checked.spec() != null) {
      pipeline.render(checked.spec(), specOptions.sourceName());
    }
    List<Diagnostic> found = diagnostics.sorted();
    var out = command.commandLine().getOut();
    format.print(found, out);
    if (format == LintFormat.text && !verbosity.quiet) {
      new Reporter(out).summary(found);
    }
    out.flush();
    boolean unusable = found.stream().anyMatch(d -> d.code().matches("CW10[01]|CW180"));
    if (unusable) {
      return ExitCodes.BAD_INPUT;
    }
    boolean errors = found.stream().anyMatch(Diagnostic::isError);
    boolean warnings = found.stream().anyMatch(Diagnostic::isWarning);
    return errors || strict && warnings ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
