package dev.cwmon.pipeline;

import dev.cwmon.bind.SpecBinder;
import dev.cwmon.check.Check;
import dev.cwmon.check.CheckContext;
import dev.cwmon.check.SloChecks;
import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.SpecSource;
import dev.cwmon.resolve.Environments;
import dev.cwmon.resolve.SpecResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * When a spec does not bind, checks what does, so that one lint run reports a bad duration
 * and a PromQL typo elsewhere together rather than one after the other.
 *
 * <p>The salvaged model lacks the values that failed (absent, as if never written) and the
 * items built from them (dropped from their lists). Its findings are kept only where that
 * cannot have caused them: never at or around a place that failed to bind; and where a
 * check compares items (a route naming a receiver, a query naming a metric), only when
 * nothing failed in the sections it compares, since a reference to or from a failed value
 * would look dangling or unused.
 */
final class Salvage {
  /**
   * Checks that judge one value, expression, template, rule, job, receiver or Logstash plugin
   * on its own: bad values and secrets (CW105, CW110), jobs, rules and receivers (CW12x-14x),
   * Logstash plugins, options and settings (CW160-165, CW167-168), PromQL and templates (CW2xx).
   */
  private static final Pattern LOCAL =
      Pattern.compile("CW(2\\d\\d|105|110|12\\d|13\\d|14\\d|16[0-578])");

  /** Routing findings that judge the tree and receivers alone, not the rules' alerts. */
  private static final Pattern ROUTING_TREE = Pattern.compile("CW40[124-8]");

  private Salvage() {}

  /** Salvages a spec. */
  static void check(Environments.Resolved sources, List<Check> checks, Diagnostics diagnostics) {
    Diagnostics scratch = new Diagnostics();
    SpecBinder.Salvaged partial = SpecBinder.salvage(sources.sources(), sources.origins(),
        scratch);
    report(partial, scratch, checks, diagnostics, false);
  }

  /**
   * Checks the files of a spec folder that loaded when others did not parse. Their binding
   * errors are reported (the spec's name stands in if it was in a file that failed), and of
   * the checks' findings only those that judge one value: anything may refer to what the
   * failed files held.
   */
  static void checkLoaded(List<SpecSource> sources, String env,
      List<Check> checks, Diagnostics diagnostics) {
    Diagnostics scratch = new Diagnostics();
    Environments.Resolved resolved = Environments.apply(named(sources), env, scratch);
    if (scratch.hasErrors()) {
      return;
    }
    SpecBinder.Salvaged partial = SpecBinder.salvage(resolved.sources(), resolved.origins(),
        scratch);
    scratch.sorted().forEach(diagnostics::add);
    report(partial, scratch, checks, diagnostics, true);
  }

  /** Tool files that loaded when others did not parse, checked as {@link #checkLoaded}. */
  static void checkLoadedFiles(List<SpecSource> sources,
      SpecSource catalog, List<Check> checks, Diagnostics diagnostics) {
    Diagnostics scratch = new Diagnostics();
    SpecBinder.Salvaged partial =
        dev.cwmon.bind.ForeignBinder.salvage(sources, catalog, scratch);
    scratch.sorted().forEach(diagnostics::add);
    report(partial, scratch, checks, diagnostics, true);
  }

  /**
   * The sources, with a stand-in {@code name} when none of them has one: the spec's name may
   * be in a file that failed, and without it no spec is built to check.
   */
  private static List<SpecSource> named(List<SpecSource> sources) {
    for (SpecSource source : sources) {
      for (NodeTuple entry : source.root().getValue()) {
        if (entry.getKeyNode() instanceof ScalarNode key && key.getValue().equals("name")) {
          return sources;
        }
      }
    }
    SpecSource first = sources.get(0);
    List<NodeTuple> entries = new ArrayList<>(first.root().getValue());
    entries.add(new NodeTuple(new ScalarNode(Tag.STR, "name", null, null, ScalarStyle.PLAIN),
        new ScalarNode(Tag.STR, "partial", null, null, ScalarStyle.PLAIN)));
    MappingNode root = new MappingNode(Tag.MAP, true, entries, first.root().getStartMark(),
        first.root().getEndMark(), first.root().getFlowStyle());
    List<SpecSource> out = new ArrayList<>(sources);
    out.set(0, new SpecSource(first.file(), root, first.text()));
    return out;
  }

  /** Salvages files written for the real tools, linted together. */
  static void checkFiles(List<SpecSource> sources,
      SpecSource catalog, List<Check> checks, Diagnostics diagnostics) {
    Diagnostics scratch = new Diagnostics();
    SpecBinder.Salvaged partial =
        dev.cwmon.bind.ForeignBinder.salvage(sources, catalog, scratch);
    report(partial, scratch, checks, diagnostics, false);
  }

  private static void report(SpecBinder.Salvaged partial, Diagnostics scratch,
      List<Check> checks, Diagnostics diagnostics, boolean localOnly) {
    if (partial.spec() == null) {
      return;
    }
    Set<String> failed = scratch.sorted().stream().filter(Diagnostic::isError)
        .map(Diagnostic::path).collect(Collectors.toSet());
    Diagnostics found = new Diagnostics();
    try {
      SpecResolver.Resolved full = SpecResolver.resolve(partial.spec(), false);
      var provenance = full.provenance();
      var sourceMap = partial.sourceMap().resolved(
          p -> partial.binder().sourcePath(provenance.specPath(p)), provenance::isGenerated);
      CheckContext context = new CheckContext(sourceMap, found);
      new SloChecks().run(partial.spec(), new CheckContext(
          partial.sourceMap().resolved(partial.binder()::sourcePath, p -> false), found));
      for (Check check : checks) {
        check.run(full.spec(), context);
      }
    } catch (RuntimeException partialModel) {
      // Checks assume a whole spec; where a partial one trips them, report the binding
      // errors alone, as before salvage existed.
      return;
    }
    Set<String> tainted = failed.stream()
        .flatMap(p -> Stream.of(section(p), subsection(p))).collect(Collectors.toSet());
    for (Diagnostic d : found.sorted()) {
      String path = partial.binder().sourcePath(d.path());
      boolean local = LOCAL.matcher(d.code()).matches();
      if (near(path, failed) || d.code().equals("CW108") || localOnly && !local
          || !local && !sections(d.code(), path).stream().noneMatch(tainted::contains)) {
        continue;
      }
      diagnostics.add(new Diagnostic(d.code(), d.severity(), path, d.position(), d.message(),
          d.hint(), d.silencedBecause()));
    }
  }

  /** The top-level key a path lies under: {@code alertmanager} of alertmanager.route. */
  private static String section(String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    return path.substring(0, end);
  }

  /** The first two keys of a path: {@code logging.schema} of logging.schema[3].type. */
  private static String subsection(String path) {
    String top = section(path);
    if (top.length() == path.length() || path.charAt(top.length()) != '.') {
      return top;
    }
    return top + "." + section(path.substring(top.length() + 1));
  }

  /**
   * The sections a cross-item finding depends on: its own, and the root; for the routing tree's
   * own findings (a route to an undefined receiver) the sections that make routes and
   * receivers; for those that weigh the rules' alerts (an unused receiver, an unreachable
   * route, an inhibit rule) those and the rules; for catalog findings (CW3xx) every section
   * that holds queries, metrics or scrape settings.
   */
  private static Set<String> sections(String code, String path) {
    Set<String> out = new java.util.HashSet<>(Set.of(section(path), ""));
    if (ROUTING_TREE.matcher(code).matches()) {
      out.addAll(Set.of("alertmanager", "playbooks", "slos"));
    } else if (code.equals("CW166")) {
      // A field in a condition compared with the log schema, not with other pipelines.
      return Set.of("logging.schema", "");
    } else if (code.equals("CW414")) {
      out.addAll(Set.of("prometheus", "rules"));
    } else if (code.startsWith("CW4")) {
      out.addAll(Set.of("alertmanager", "rules", "playbooks", "slos"));
    } else if (code.startsWith("CW3")) {
      out.addAll(Set.of("catalog", "prometheus", "rules", "dashboards", "grafana", "slos"));
    }
    return out;
  }

  /** Whether {@code path} is a place that failed, inside one, or around one. */
  private static boolean near(String path, Set<String> failed) {
    if (path.isEmpty()) {
      return true;
    }
    for (String f : failed) {
      if (f.equals(path) || inside(f, path) || inside(path, f)) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(String path, String ancestor) {
    return ancestor.isEmpty() || path.startsWith(ancestor)
        && (path.charAt(ancestor.length()) == '.' || path.charAt(ancestor.length()) == '[');
  }
}
