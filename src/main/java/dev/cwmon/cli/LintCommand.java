package dev.cwmon.cli;

import dev.cwmon.bind.ForeignBinder;
import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.pipeline.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
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

  @Parameters(index = "1..*", arity = "0..*", paramLabel = "FILE",
      description = "More files to lint with the first: Prometheus rule files, prometheus.yml "
          + "and alertmanager.yml, recognised by their keys (see docs/lint.md).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Catalog of metrics (the content of a spec's catalog: section) to check "
          + "existing rule files against.")
  Path catalog;

  private static boolean isJsonOrConf(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.endsWith(".json") || name.endsWith(".conf") || name.endsWith(".cfg");
  }

  /** A single file written for Prometheus or Alertmanager rather than a cwmon spec. */
  private static boolean looksForeign(Path path) {
    try {
      if (!Files.isRegularFile(path)) {
        return false;
      }
      String text = Files.readString(path);
      return ForeignBinder.looksForeign(text) || isBlankYaml(text);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** Whether YAML text holds nothing: blank lines, comments and document markers only. */
  private static boolean isBlankYaml(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    return body.lines().map(String::strip).allMatch(line -> line.isEmpty()
        || line.startsWith("#") || line.equals("---") || line.equals("..."));
  }

  /**
   * Files lint cannot read on their own: dashboards and Logstash pipelines are checked as
   * parts of a spec, where cwmon knows their data sources and log schema.
   */
  private static void unsupported(List<Path> files, Diagnostics diagnostics) {
    for (Path file : files) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      String kind = name.endsWith(".json") ? "a Grafana dashboard (JSON)"
          : name.endsWith(".conf") || name.endsWith(".cfg") ? "a Logstash pipeline" : null;
      if (kind != null && Files.isRegularFile(file)) {
        diagnostics.error("CW100", "", new dev.cwmon.diag.Position(file.toString(), 1, 1),
            "cwmon lint FILE reads Prometheus rule files, prometheus.yml and "
                + "alertmanager.yml, not " + kind,
            "describe it in a spec (dashboards:, logging:) and lint the spec");
      }
    }
  }

  @Override
  public Integer call() {
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(specOptions.limits(), specOptions.templates);
    boolean foreign = !files.isEmpty() || catalog != null || looksForeign(specOptions.spec)
        || isJsonOrConf(specOptions.spec);
    Pipeline.Checked checked;
    if (foreign) {
      List<Path> all = new ArrayList<>(List.of(specOptions.spec));
      all.addAll(files);
      unsupported(all, diagnostics);
      checked = diagnostics.hasErrors() ? new Pipeline.Checked(null, null)
          : pipeline.checkFiles(all, catalog, diagnostics);
    } else {
      checked = pipeline.check(specOptions.spec, specOptions.env, diagnostics);
    }
    if (checked.spec() != null && !foreign && specOptions.templates != null) {
      // Only user templates can fail to render for a checked spec; built-in ones cannot.
      pipeline.render(checked.spec(), SpecOptions.sourceName(checked.spec()));
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
