package dev.cwmon.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * {@code cwmon manpage}: writes the man pages of cwmon and each subcommand, as troff for
 * {@code man} and as AsciiDoc (picocli-codegen's) for the web, both from the picocli model.
 */
@Command(name = "manpage", mixinStandardHelpOptions = true,
    description = "Write the man pages of cwmon and its commands: troff for man (cwmon.1, "
        + "cwmon-generate.1, ...; man ./cwmon.1 shows one) and AsciiDoc (cwmon.adoc, ...).",
    footer = ExitCodes.HELP)
final class ManpageCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "docs/man",
      description = "Folder to write into (default: ${DEFAULT-VALUE}).")
  Path output;

  @Override
  public Integer call() throws IOException {
    CommandLine root = command.commandLine().getParent();
    Files.createDirectories(output);
    for (picocli.CommandLine.Model.CommandSpec spec : Troff.all(root)) {
      Files.writeString(output.resolve(Troff.fileName(spec)), Troff.page(spec));
    }
    int code = ManPageGenerator.generateManPage(output.toFile(), null, new boolean[0], true,
        root.getCommandSpec());
    if (code != 0) {
      command.commandLine().getErr().println("cwmon: could not write man pages to " + output);
      return ExitCodes.INTERNAL;
    }
    return ExitCodes.OK;
  }
}
