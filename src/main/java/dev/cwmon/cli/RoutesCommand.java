package dev.cwmon.cli;

import dev.cwmon.model.Spec;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.routing.RouteDiagram;
import dev.cwmon.routing.RoutingTree;
import dev.cwmon.routing.RuleAlerts;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec.Target;

/** {@code cwmon routes}: draws the Alertmanager routing tree of a spec. */
@Command(name = "routes", mixinStandardHelpOptions = true,
    description = "Draw the Alertmanager routing tree: each route's matchers, receiver, "
        + "grouping, timing and continue, and the route each alert of the rules lands on "
        + "(judged by its static labels). 'routes test' simulates one alert.",
    subcommands = {RoutesTestCommand.class},
    footer = ExitCodes.HELP)
final class RoutesCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec(Target.SELF) picocli.CommandLine.Model.CommandSpec command;

  @Mixin SpecOptions specOptions;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "Drawing: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DiagramFormat format;

  @Override
  public Integer call() {
    var err = command.commandLine().getErr();
    Pipeline.Checked checked = CheckedSpec.withAlertmanager(specOptions, err);
    if (checked == null) {
      return ExitCodes.BAD_INPUT;
    }
    Spec spec = checked.spec();
    RouteDiagram diagram = new RouteDiagram(RoutingTree.of(spec.alertmanager().route(),
        checked.sourceMap()::specPath), RuleAlerts.of(spec));
    var out = command.commandLine().getOut();
    out.print(switch (format) {
      case text -> diagram.text();
      case mermaid -> diagram.mermaid();
      case dot -> diagram.dot();
    });
    out.flush();
    return ExitCodes.OK;
  }
}
