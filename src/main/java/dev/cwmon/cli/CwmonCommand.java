package dev.cwmon.cli;

import picocli.CommandLine.Command;

/** The top-level {@code cwmon} command; each subcommand is a class of its own. */
@Command(name = "cwmon", mixinStandardHelpOptions = true, version = "cwmon 0.1.0",
    description = "Monitoring as code: one typed, checked spec becomes prometheus.yml, rule "
        + "files, alertmanager.yml and more.",
    subcommands = {GenerateCommand.class, LintCommand.class, ExplainCommand.class,
        RoutesCommand.class, TestCommand.class,
        InitCommand.class, SchemaCommand.class, CompletionCommand.class, ManpageCommand.class,
        TestRulesAlias.class},
    footer = ExitCodes.HELP)
final class CwmonCommand implements java.util.concurrent.Callable<Integer> {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  /** Without a command there is nothing to do: the usage, and the usage-error exit code. */
  @Override
  public Integer call() {
    command.commandLine().usage(command.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }
}
