package dev.cwmon.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwmon completion bash|zsh}: the shell completion script of every command. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print the completion script for bash or zsh.",
        "bash: source <(cwmon completion bash)",
        "zsh:  source <(cwmon completion zsh)   (uses bashcompinit)"},
    footer = ExitCodes.HELP)
final class CompletionCommand implements Callable<Integer> {
  /** The shells whose completion is supported; zsh runs the bash script via bashcompinit. */
  enum Shell { bash, zsh }

  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Parameters(index = "0", paramLabel = "SHELL",
      description = "The shell: ${COMPLETION-CANDIDATES}.")
  Shell shell;

  @Override
  public Integer call() {
    CommandLine root = command.commandLine().getParent();
    var out = command.commandLine().getOut();
    if (shell == Shell.zsh) {
      out.print("# cwmon completion for zsh, through bash completion (bashcompinit)\n");
    }
    out.print(AutoComplete.bash("cwmon", root));
    out.flush();
    return ExitCodes.OK;
  }
}
