package dev.cwmon.pipeline;

import dev.cwmon.bind.ForeignBinder;
import dev.cwmon.bind.SourceMap;
import dev.cwmon.bind.SpecBinder;
import dev.cwmon.check.AlertmanagerChecks;
import dev.cwmon.check.Check;
import dev.cwmon.check.CheckContext;
import dev.cwmon.check.PrometheusChecks;
import dev.cwmon.check.PromqlSyntaxCheck;
import dev.cwmon.check.RuleChecks;
import dev.cwmon.check.RuleFilesCheck;
import dev.cwmon.check.Silences;
import dev.cwmon.check.TemplateChecks;
import dev.cwmon.check.semantic.AnnotationLabels;
import dev.cwmon.check.semantic.CatalogChecks;
import dev.cwmon.check.semantic.InhibitChecks;
import dev.cwmon.check.semantic.UsageChecks;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.load.SpecLoader;
import dev.cwmon.load.SpecSource;
import dev.cwmon.model.Spec;
import dev.cwmon.render.Generator;
import dev.cwmon.render.Output;
import dev.cwmon.render.Renderer;
import dev.cwmon.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages of DESIGN.md in their one direction: load, bind, check, render, verify. Writing
 * is left to the caller, so that a run can be checked without touching the file system.
 */
public final class Pipeline {
  private static final List<Check> CHECKS =
      List.of(new PrometheusChecks(), new RuleChecks(), new AlertmanagerChecks(),
          new TemplateChecks(), new PromqlSyntaxCheck(),
          new CatalogChecks(), new UsageChecks(), new AnnotationLabels(),
          new InhibitChecks());

  private final LoadLimits limits;
  private final Path templates;

  public Pipeline(LoadLimits limits, Path templates) {
    this.limits = limits;
    this.templates = templates;
  }

  /** Loads, binds and checks; {@code spec} is null when there were errors. */
  public Checked check(Path specPath, Diagnostics diagnostics) {
    SpecLoader loader = new SpecLoader(limits);
    List<SpecSource> sources = loader.load(loader.specFiles(specPath, diagnostics), diagnostics);
    if (diagnostics.hasErrors()) {
      return new Checked(null, new SourceMap());
    }
    SpecBinder.Bound bound = SpecBinder.bind(sources, diagnostics);
    if (bound.spec() == null) {
      return new Checked(null, bound.sourceMap());
    }
    CheckContext context = new CheckContext(bound.sourceMap(), diagnostics);
    for (Check check : CHECKS) {
      check.run(bound.spec(), context);
    }
    Silences.apply(bound.spec(), null, context);
    return new Checked(diagnostics.hasErrors() ? null : bound.spec(), bound.sourceMap());
  }

  /**
   * Loads files written for the real tools (rule files, prometheus.yml, alertmanager.yml),
   * binds them as one spec with an optional catalog file, and checks them as a spec.
   */
  public Checked checkFiles(List<Path> files, Path catalog, Diagnostics diagnostics) {
    SpecLoader loader = new SpecLoader(limits);
    List<SpecSource> sources = loader.load(files, diagnostics);
    List<SpecSource> catalogSource = catalog == null ? List.of()
        : loader.load(List.of(catalog), diagnostics);
    if (diagnostics.hasErrors()) {
      return new Checked(null, new SourceMap());
    }
    ForeignBinder.Bound bound = ForeignBinder.bind(sources,
        catalogSource.isEmpty() ? null : catalogSource.get(0), diagnostics);
    if (bound.spec() == null) {
      return new Checked(null, bound.sourceMap());
    }
    CheckContext context = new CheckContext(bound.sourceMap(), diagnostics);
    for (Check check : CHECKS) {
      check.run(bound.spec(), context);
    }
    RuleFilesCheck.run(bound, diagnostics);
    return new Checked(diagnostics.hasErrors() ? null : bound.spec(), bound.sourceMap());
  }

  /** Renders and verifies a checked spec; a verification failure is a bug in cwmon. */
  public List<Output> render(Spec spec, String sourceName) {
    List<Output> outputs = new Generator(new Renderer(templates), sourceName).generate(spec);
    List<String> problems = Verifier.verify(outputs);
    if (!problems.isEmpty()) {
      throw new VerificationException(problems);
    }
    return outputs;
  }

  /** The result of checking: the spec when it may be rendered, and its source positions. */
  public record Checked(Spec spec, SourceMap sourceMap) {}

  /** Rendered output that does not read back as its model: a bug in cwmon. */
  public static final class VerificationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    VerificationException(List<String> problems) {
      super("rendered output does not match the model: " + String.join("; ", problems));
      this.problems = new ArrayList<>(problems);
    }

    public List<String> problems() {
      return List.copyOf(problems);
    }
  }
}
