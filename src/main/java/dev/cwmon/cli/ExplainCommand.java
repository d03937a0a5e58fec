package dev.cwmon.cli;

import dev.cwmon.diag.Codes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwmon explain CODE}: what a diagnostic means and how to fix it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain a diagnostic code: what the check means, an example, the fix. "
        + "Without a code, list every code.",
    footer = ExitCodes.HELP)
final class ExplainCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Parameters(arity = "0..1", paramLabel = "CODE", description = "A code such as CW401.")
  String code;

  @Override
  public Integer call() {
    var out = command.commandLine().getOut();
    if (code == null) {
      Codes.all().stream().sorted(java.util.Comparator.comparing(Codes.Entry::code))
          .forEach(c -> out.println(c.code() + "  " + c.title()));
      out.flush();
      return ExitCodes.OK;
    }
    var entry = Codes.find(code.toUpperCase(java.util.Locale.ROOT));
    if (entry == null) {
      command.commandLine().getErr().println("cwmon: unknown code " + code
          + "\n  hint: cwmon explain lists every code");
      return ExitCodes.BAD_INPUT;
    }
    out.println(entry.code() + ": " + entry.title());
    out.println();
    out.println(entry.explanation().strip());
    if (!entry.example().isBlank()) {
      out.println();
      out.println("Example:");
      entry.example().strip().lines().forEach(l -> out.println("  " + l));
    }
    out.println();
    out.println("Fix: " + entry.fix().strip());
    out.flush();
    return ExitCodes.OK;
  }
}
