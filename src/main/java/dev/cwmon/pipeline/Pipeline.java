package dev.cwmon.pipeline;

import dev.cwmon.bind.ForeignBinder;
import dev.cwmon.bind.SourceMap;
import dev.cwmon.bind.SpecBinder;
import dev.cwmon.check.AlertmanagerChecks;
import dev.cwmon.check.Check;
import dev.cwmon.check.CheckContext;
import dev.cwmon.check.GrafanaChecks;
import dev.cwmon.check.KubernetesChecks;
import dev.cwmon.check.KubernetesCollisions;
import dev.cwmon.check.LogSchemaCheck;
import dev.cwmon.check.LogstashChecks;
import dev.cwmon.check.LogstashPluginCheck;
import dev.cwmon.check.PlaybookChecks;
import dev.cwmon.check.FileNameCheck;
import dev.cwmon.check.PrometheusChecks;
import dev.cwmon.check.PromqlSyntaxCheck;
import dev.cwmon.check.RoutingChecks;
import dev.cwmon.check.RuleChecks;
import dev.cwmon.check.RuleFilesCheck;
import dev.cwmon.check.Silences;
import dev.cwmon.check.StackSettingsChecks;
import dev.cwmon.check.SecretCheck;
import dev.cwmon.check.TemplateChecks;
import dev.cwmon.check.SloChecks;
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
import dev.cwmon.render.KubernetesManifests;
import dev.cwmon.render.Output;
import dev.cwmon.render.Renderer;
import dev.cwmon.resolve.Environments;
import dev.cwmon.resolve.Provenance;
import dev.cwmon.resolve.SpecResolver;
import dev.cwmon.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The stages of DESIGN.md in their one direction: load, bind, resolve, check, render, verify.
 * The SLO checks run before resolve, which expands only SLOs without errors. Writing
 * is left to the caller, so that a run can be checked without touching the file system.
 */
public final class Pipeline {
  private static final List<Check> CHECKS =
      List.of(new PrometheusChecks(), new RuleChecks(), new AlertmanagerChecks(),
          new TemplateChecks(), new PromqlSyntaxCheck(), new GrafanaChecks(),
          new RoutingChecks(), new KubernetesChecks(), new LogstashChecks(),
          new LogstashPluginCheck(), new LogSchemaCheck(), new StackSettingsChecks(),
          new PlaybookChecks(), new SecretCheck(), new FileNameCheck(), new CatalogChecks(),
          new UsageChecks(), new AnnotationLabels(), new InhibitChecks());

  /** The checks of a spec, beyond those of files written for the real tools. */
  private static final List<Check> SPEC_CHECKS = java.util.stream.Stream.concat(
      CHECKS.stream(), java.util.stream.Stream.of(new KubernetesCollisions())).toList();

  private final LoadLimits limits;
  private final Path templates;

  public Pipeline(LoadLimits limits, Path templates) {
    this.limits = limits;
    this.templates = templates;
  }

  /** Loads, binds and checks; {@code spec} is null when there were errors. */
  public Checked check(Path specPath, Diagnostics diagnostics) {
    return check(specPath, null, diagnostics);
  }

  /** Like {@link #check(Path, Diagnostics)}, with environment overlay {@code env} applied. */
  public Checked check(Path specPath, String env, Diagnostics diagnostics) {
    if (templates != null && !java.nio.file.Files.isDirectory(templates)) {
      diagnostics.error("CW100", "", new dev.cwmon.diag.Position(templates.toString(), 0, 0),
          "templates folder not found: " + templates,
          "give --templates a folder holding templates named like the built-in ones");
      return new Checked(null, new SourceMap());
    }
    SpecLoader loader = new SpecLoader(limits);
    List<SpecSource> sources = loader.load(loader.specFiles(specPath, diagnostics), diagnostics);
    if (diagnostics.hasErrors()) {
      if (!sources.isEmpty()) {
        // One file of a folder does not parse: still check what the others hold.
        Salvage.checkLoaded(sources, env, CHECKS, diagnostics);
      }
      return new Checked(null, new SourceMap());
    }
    Environments.Resolved resolved = Environments.apply(sources, env, diagnostics);
    if (diagnostics.hasErrors()) {
      return new Checked(null, new SourceMap());
    }
    SpecBinder.Bound bound =
        SpecBinder.bind(resolved.sources(), resolved.origins(), diagnostics);
    if (bound.spec() == null) {
      Salvage.check(resolved, CHECKS, diagnostics);
      return new Checked(null, bound.sourceMap());
    }
    new SloChecks().run(bound.spec(), new CheckContext(bound.sourceMap(), diagnostics));
    SpecResolver.Resolved full = SpecResolver.resolve(bound.spec(), !diagnostics.hasErrors());
    Provenance provenance = full.provenance();
    SourceMap sourceMap =
        bound.sourceMap().resolved(provenance::specPath, provenance::isGenerated);
    Diagnostics found = new Diagnostics();
    CheckContext context = new CheckContext(sourceMap, found);
    for (Check check : SPEC_CHECKS) {
      check.run(full.spec(), context);
    }
    found.sorted().forEach(d -> diagnostics.add(provenance.toSpec(d)));
    Silences.apply(full.spec(), env, new CheckContext(sourceMap, diagnostics));
    return new Checked(diagnostics.hasErrors() ? null : full.spec(), sourceMap);
  }

  /**
   * Loads files written for the real tools (rule files, prometheus.yml, alertmanager.yml),
   * binds them as one spec with an optional catalog file, and checks them as a spec.
   */
  public Checked checkFiles(List<Path> files, Path catalog, Diagnostics diagnostics) {
    SpecLoader loader = new SpecLoader(limits).forToolFiles();
    List<SpecSource> sources = loader.load(files, diagnostics);
    List<SpecSource> catalogSource = catalog == null ? List.of()
        : loader.load(List.of(catalog), diagnostics);
    SpecSource catalogFile = catalogSource.isEmpty() ? null : catalogSource.get(0);
    if (diagnostics.hasErrors()) {
      if (!sources.isEmpty()) {
        Salvage.checkLoadedFiles(sources, catalogFile, CHECKS, diagnostics);
      }
      return new Checked(null, new SourceMap());
    }
    List<List<SpecSource>> servers = byServer(sources);
    Checked first = null;
    for (List<SpecSource> server : servers) {
      Diagnostics found = new Diagnostics();
      Checked checked = checkForeign(server, catalogFile, found);
      // Every server is linted with all rule files: report what they share once.
      diagnostics.addAllNew(found.sorted());
      first = first == null ? checked : first;
    }
    return first;
  }

  /**
   * Splits linted files into one set per prometheus.yml or alertmanager.yml, the i-th of each
   * together, every set with all the rule files; other files go with the first set.
   */
  private static List<List<SpecSource>> byServer(List<SpecSource> sources) {
    List<SpecSource> rules = new ArrayList<>();
    List<SpecSource> others = new ArrayList<>();
    List<SpecSource> prometheus = new ArrayList<>();
    List<SpecSource> alertmanager = new ArrayList<>();
    for (SpecSource source : sources) {
      switch (ForeignBinder.kindOf(source.root())) {
        case RULES -> rules.add(source);
        case PROMETHEUS -> prometheus.add(source);
        case ALERTMANAGER -> alertmanager.add(source);
        default -> others.add(source);
      }
    }
    int sets = Math.max(1, Math.max(prometheus.size(), alertmanager.size()));
    List<List<SpecSource>> servers = new ArrayList<>();
    for (int i = 0; i < sets; i++) {
      List<SpecSource> set = new ArrayList<>(rules);
      if (i < prometheus.size()) {
        set.add(prometheus.get(i));
      }
      if (i < alertmanager.size()) {
        set.add(alertmanager.get(i));
      }
      if (i == 0) {
        set.addAll(others);
      }
      servers.add(set);
    }
    return servers;
  }

  private Checked checkForeign(List<SpecSource> sources, SpecSource catalog,
      Diagnostics diagnostics) {
    ForeignBinder.Bound bound = ForeignBinder.bind(sources, catalog, diagnostics);
    if (bound.spec() == null) {
      Salvage.checkFiles(sources, catalog, CHECKS, diagnostics);
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
    if ("render".equals(System.getProperty("cwmon.fault"))) {
      throw new IllegalStateException("fault injected with -Dcwmon.fault=render");
    }
    Renderer renderer = new Renderer(templates);
    List<Output> outputs = new Generator(renderer, sourceName).generate(spec);
    List<String> problems = Verifier.verify(outputs);
    if (!problems.isEmpty()) {
      userTemplateProblem(renderer, outputs);
      throw new VerificationException(problems);
    }
    return outputs;
  }

  /** Renders a checked spec as Kubernetes manifests (see {@link KubernetesManifests}). */
  public List<Output> renderKubernetes(Spec spec, String sourceName) {
    List<Output> outputs = render(spec, sourceName);
    List<Output> manifests =
        new KubernetesManifests(new Renderer(templates), sourceName).of(spec, outputs);
    List<String> problems = Verifier.verify(manifests);
    if (!problems.isEmpty()) {
      throw new VerificationException(problems);
    }
    return manifests;
  }

  /**
   * A file from the user's template that does not read back as its model is the user's
   * mistake (their template dropped or changed something), reported at the template.
   */
  /** A problem as one line of a diagnostic: the start of it, not a whole rendered file. */
  private static String clip(String problem) {
    return problem.length() <= 300 ? problem : problem.substring(0, 300) + " ... ("
        + (problem.length() - 300) + " more characters)";
  }

  private static void userTemplateProblem(Renderer renderer, List<Output> outputs) {
    for (Output output : outputs) {
      String template = renderer.userTemplateOf(output.text());
      List<String> problems = Verifier.verify(List.of(output));
      if (template != null && !problems.isEmpty()) {
        throw new dev.cwmon.render.UserTemplateException(
            new dev.cwmon.diag.Position(renderer.userFile(template), 1, 1),
            "template " + template + " renders " + clip(problems.get(0).replace("\n", " ")),
            "a template lays out the document it is given; it must keep every key and value");
      }
    }
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
