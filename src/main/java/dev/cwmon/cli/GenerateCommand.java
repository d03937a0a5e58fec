package dev.cwmon.cli;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.render.Output;
import dev.cwmon.write.Drift;
import dev.cwmon.write.OutputWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cwmon generate}: checks the spec and writes every output file. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Check the spec and write prometheus.yml, prometheus.args, rule files and "
        + "their SLO tests, alertmanager.yml, logstash.conf, elasticsearch.yml, kibana.yml, "
        + "Grafana dashboards and provisioning files into the output folder. Nothing is "
        + "written if the spec has errors.",
    footer = ExitCodes.HELP)
final class GenerateCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Mixin SpecOptions specOptions;

  @Mixin Verbosity verbosity;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "out",
      description = "Output folder (default: ${DEFAULT-VALUE}).")
  Path output;

  @Option(names = "--force",
      description = "Overwrite files in the output folder that cwmon did not generate.")
  boolean force;

  @Option(names = "--check",
      description = "Write nothing; print a unified diff of every file in the output folder "
          + "that differs from what would be written, and exit 1 if any does.")
  boolean check;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "files",
      description = "What to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
          + "kubernetes writes PrometheusRules, a Secret, ConfigMaps and, if the spec asks "
          + "for one, an AlertmanagerConfig under kubernetes/, one multi-document file per "
          + "kind.")
  OutputFormat format;

  /** Whether {@code dir} is the spec folder, or the folder of a spec file. */
  private boolean isSpecFolder(Path dir) throws IOException {
    Path spec = specOptions.spec;
    Path folder = java.nio.file.Files.isDirectory(spec) ? spec
        : spec.toAbsolutePath().getParent();
    return folder != null && java.nio.file.Files.isDirectory(dir)
        && java.nio.file.Files.isSameFile(folder, dir);
  }

  @Override
  public Integer call() throws IOException {
    var err = command.commandLine().getErr();
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(specOptions.limits(), specOptions.templates);
    Pipeline.Checked checked = pipeline.check(specOptions.spec, specOptions.env, diagnostics);
    List<Diagnostic> found = diagnostics.sorted();
    new Reporter(err).print(found);
    if (checked.spec() == null) {
      err.println("cwmon: the spec has errors; nothing was written");
      return ExitCodes.BAD_INPUT;
    }
    if (isSpecFolder(output)) {
      err.println("cwmon: error: the output folder " + output + " holds the spec; its "
          + "generated YAML files would be read as spec next time; nothing was written");
      err.println("  hint: write into a folder of its own, e.g. -o out");
      return ExitCodes.BAD_INPUT;
    }
    List<Output> outputs = format == OutputFormat.kubernetes
        ? pipeline.renderKubernetes(checked.spec(), SpecOptions.sourceName(checked.spec()))
        : pipeline.render(checked.spec(), SpecOptions.sourceName(checked.spec()));
    if (check) {
      return DriftReport.print(output, Drift.compare(output, outputs),
          command.commandLine().getOut(), err, verbosity.quiet);
    }
    List<OutputWriter.Foreign> foreign = OutputWriter.foreignFiles(output, outputs);
    if (!foreign.isEmpty() && !force) {
      err.println("cwmon: refusing to overwrite files cwmon did not generate in " + output
          + "; nothing was written:");
      foreign.forEach(f -> err.println("  " + f));
      err.println("  hint: move them away, choose another --output, or pass --force to "
          + "overwrite them");
      return ExitCodes.REFUSED;
    }
    for (String kept : OutputWriter.write(output, outputs)) {
      err.println("cwmon: kept " + output.resolve(kept) + ": cwmon no longer generates it, "
          + "but it was edited since cwmon wrote it; delete it if it is not needed");
    }
    if (!verbosity.quiet) {
      var out = command.commandLine().getOut();
      for (Output o : outputs) {
        out.println("wrote " + output.resolve(o.path()));
      }
      out.flush();
    }
    return ExitCodes.OK;
  }
}
