package dev.cwmon.cli;

import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.routing.Labels;
import dev.cwmon.routing.RouteNode;
import dev.cwmon.routing.RoutingTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code cwmon routes test}: where Alertmanager sends one alert, and why. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Simulate Alertmanager's routing of one alert: the receivers it reaches, "
        + "the routes it took, and its group_by, group_wait, group_interval, repeat_interval "
        + "and group key after inheritance. Inhibition needs other alerts: see cwmon test.",
    footer = ExitCodes.HELP)
final class RoutesTestCommand implements Callable<Integer> {
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=(.*)",
      Pattern.DOTALL);

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin SpecOptions specOptions;

  @Parameters(index = "1..*", paramLabel = "LABEL=VALUE",
      description = "The alert's labels, e.g. severity=critical alertname=HighLatency.")
  List<String> labelArgs = new ArrayList<>();

  @Override
  public Integer call() {
    var err = command.commandLine().getErr();
    List<String> args = new ArrayList<>(labelArgs);
    // The spec is optional: a first argument that reads as a label is a label.
    if (LABEL.matcher(specOptions.spec.toString()).matches() && !specOptions.spec.toFile()
        .exists()) {
      args.add(0, specOptions.spec.toString());
      specOptions.spec = Path.of(".");
    }
    Map<String, String> labels = new TreeMap<>();
    for (String arg : args) {
      java.util.regex.Matcher m = LABEL.matcher(arg);
      if (!m.matches()) {
        err.println("cwmon: bad label \"" + arg + "\"");
        err.println("  hint: write name=value, e.g. severity=critical");
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      labels.put(m.group(1), unquote(m.group(2)));
    }
    Pipeline.Checked checked = CheckedSpec.withAlertmanager(specOptions, err);
    if (checked == null) {
      return ExitCodes.BAD_INPUT;
    }
    print(RoutingTree.of(checked.spec().alertmanager().route(), checked.sourceMap()::specPath),
        labels);
    return ExitCodes.OK;
  }

  private void print(RoutingTree tree, Map<String, String> labels) {
    var out = command.commandLine().getOut();
    List<RouteNode> ends = tree.match(labels);
    out.println("labels: " + Labels.labelSetText(labels));
    out.println("receivers: " + String.join(", ",
        ends.stream().map(RouteNode::receiver).distinct().toList()));
    for (RouteNode n : ends) {
      out.println();
      out.println("route " + n.path());
      out.println("  path: " + String.join(" > ", n.lineage().stream().map(RouteNode::path)
          .toList()));
      out.println("  receiver: " + n.receiver());
      out.println("  group_by: " + (n.groupByAll() ? "[...]" : n.groupBy().toString()));
      out.println("  group_wait: " + n.groupWait());
      out.println("  group_interval: " + n.groupInterval());
      out.println("  repeat_interval: " + n.repeatInterval());
      out.println("  group_key: " + n.groupKey(labels));
    }
    out.flush();
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return v;
  }
}
