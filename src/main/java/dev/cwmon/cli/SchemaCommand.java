package dev.cwmon.cli;

import dev.cwmon.bind.SpecSchema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code cwmon schema}: the JSON Schema of the spec, for editors' YAML language servers. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema (draft 2020-12) of the spec, derived from cwmon's "
        + "model. Save it and point your editor's YAML language server at it.",
    footer = ExitCodes.HELP)
final class SchemaCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Override
  public Integer call() {
    var out = command.commandLine().getOut();
    out.print(SpecSchema.json());
    out.flush();
    return ExitCodes.OK;
  }
}
