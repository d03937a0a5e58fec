package dev.cwmon.bind;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.diag.Position;
import dev.cwmon.load.SpecSource;
import dev.cwmon.model.Spec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds files written for the real tools (Prometheus rule files, prometheus.yml,
 * alertmanager.yml, and a catalog) into one {@link Spec}, so that a team can lint what it
 * has before it writes a spec. Each file is recognised by its top-level keys and wrapped in
 * the spec's shape; positions still point into the file. Keys the model does not know are
 * info CW109, not errors.
 */
public final class ForeignBinder {
  /** A top-level key of a tool's file; a byte order mark may come before the first. */
  private static final Pattern FOREIGN_KEY = Pattern.compile("(?m)^\\x{FEFF}?[\"']?(groups"
      + "|scrape_configs|rule_files|route|receivers|global|alerting|remote_write|remote_read"
      + "|storage|tracing|inhibit_rules|time_intervals|mute_time_intervals)[\"']?\\s*:");
  private static final Pattern SPEC_KEY = Pattern.compile("(?m)^\\x{FEFF}?name\\s*:");

  /** What kind of file a source is, told by its top-level keys. */
  public enum Kind { RULES, PROMETHEUS, ALERTMANAGER, CATALOG, UNKNOWN }

  /** A rule_files pattern of prometheus.yml and where it is written. */
  public record RuleFilesEntry(String pattern, Position at, String path) {}

  /** The bound spec, its positions, and what the rule_files check needs. */
  public record Bound(Spec spec, SourceMap sourceMap, List<RuleFilesEntry> ruleFiles,
      List<String> ruleFileNames, List<Position> ruleFilePositions, boolean prometheus) {}

  private ForeignBinder() {}

  /** Whether the text of a file looks like a tool's file rather than a cwmon spec. */
  public static boolean looksForeign(String text) {
    return FOREIGN_KEY.matcher(text).find() && !SPEC_KEY.matcher(text).find();
  }

  private static boolean isSpec(SpecSource source) {
    return SPEC_KEY.matcher(source.text()).find();
  }

  public static Kind kindOf(MappingNode root) {
    Set<String> keys = new java.util.HashSet<>();
    for (NodeTuple t : root.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k) {
        keys.add(k.getValue());
      }
    }
    if (keys.contains("groups")) {
      return Kind.RULES;
    }
    if (keys.contains("route") || keys.contains("receivers") || keys.contains("inhibit_rules")
        || keys.contains("time_intervals") || keys.contains("mute_time_intervals")) {
      return Kind.ALERTMANAGER;
    }
    if (keys.contains("scrape_configs") || keys.contains("rule_files")
        || keys.contains("global") || keys.contains("alerting") || keys.contains("storage")
        || keys.contains("tracing") || keys.contains("remote_write")
        || keys.contains("remote_read")) {
      return Kind.PROMETHEUS;
    }
    return keys.contains("metrics") || keys.contains("catalog") ? Kind.CATALOG : Kind.UNKNOWN;
  }

  public static Bound bind(List<SpecSource> sources, SpecSource catalog, Diagnostics diags) {
    SourceMap sourceMap = new SourceMap();
    Binder binder = new Binder(diags, sourceMap, SpecScalars.all()).lenient();
    return bindWith(binder, sourceMap, sources, catalog, diags);
  }

  /**
   * Binds what can be bound of files that have errors (see {@link Binder#salvage()}), so that
   * checks can still look at the rest; its diagnostics repeat those of {@link #bind}.
   */
  public static SpecBinder.Salvaged salvage(
      List<SpecSource> sources, SpecSource catalog, Diagnostics scratch) {
    SourceMap sourceMap = new SourceMap();
    Binder binder = new Binder(scratch, sourceMap, SpecScalars.all()).lenient().salvage();
    Bound bound = bindWith(binder, sourceMap, sources, catalog, scratch);
    return new SpecBinder.Salvaged(bound.spec(), sourceMap, binder);
  }

  private static Bound bindWith(Binder binder, SourceMap sourceMap, List<SpecSource> sources,
      SpecSource catalog, Diagnostics diags) {
    List<Node> ruleFiles = new ArrayList<>();
    List<String> ruleNames = new ArrayList<>();
    List<Position> rulePositions = new ArrayList<>();
    List<RuleFilesEntry> patterns = new ArrayList<>();
    List<NodeTuple> root = new ArrayList<>();
    root.add(entry("name", scalar("lint")));
    SpecSource prometheus = null;
    SpecSource alertmanager = null;
    for (SpecSource source : sources) {
      sourceMap.addText(source.file(), source.text());
      Kind kind = kindOf(source.root());
      switch (kind) {
        case RULES -> {
          for (NodeTuple t : source.root().getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k && !k.getValue().equals("groups")) {
              diags.error("CW102", k.getValue(), new Position(source.file(),
                  k.getStartMark().getLine() + 1, k.getStartMark().getColumn() + 1),
                  "unknown key \"" + k.getValue() + "\" in a rule file",
                  "a rule file holds only groups:; promtool refuses other keys");
            }
          }
          String name = Path.of(source.file()).getFileName().toString();
          MappingNode file = new MappingNode(Tag.MAP, List.of(
              entry("file", scalar(modelName(name, ruleNames.size(), ruleNames))),
              entry("groups", value(source.root(), "groups"))), FlowStyle.BLOCK);
          binder.fileOf(file, source.file());
          ruleFiles.add(file);
          ruleNames.add(name);
          rulePositions.add(new Position(source.file(), 1, 1));
        }
        case PROMETHEUS -> prometheus = once(prometheus, source, kind, diags);
        case ALERTMANAGER -> alertmanager = once(alertmanager, source, kind, diags);
        case CATALOG -> diags.error("CW100", "", new Position(source.file(), 1, 1),
            isSpec(source) ? "a cwmon spec among files to lint"
                : "a catalog is given with --catalog, not as a file to lint",
            isSpec(source) ? "lint one spec at a time: cwmon lint " + source.file()
                : "write --catalog " + source.file());
        default -> diags.error("CW100", "", new Position(source.file(), 1, 1),
            isSpec(source) ? "a cwmon spec among files to lint"
                : "not a Prometheus rule file, prometheus.yml or alertmanager.yml",
            isSpec(source) ? "lint one spec at a time: cwmon lint " + source.file()
                : "rule files have groups:, prometheus.yml scrape_configs:, "
                    + "alertmanager.yml route:");
      }
    }
    if (!ruleFiles.isEmpty()) {
      SequenceNode list = new SequenceNode(Tag.SEQ, ruleFiles, FlowStyle.BLOCK);
      root.add(entry("rules", list));
    }
    if (prometheus != null) {
      root.add(fileEntry("prometheus", withoutRuleFiles(prometheus, patterns), prometheus,
          binder));
    }
    if (alertmanager != null) {
      root.add(fileEntry("alertmanager", alertmanager.root(), alertmanager, binder));
    }
    if (catalog != null) {
      sourceMap.addText(catalog.file(), catalog.text());
      Node content = value(catalog.root(), "catalog");
      root.add(fileEntry("catalog", content != null ? content : catalog.root(), catalog,
          binder));
    }
    String first = sources.isEmpty() ? "" : sources.get(0).file();
    // Bound even after a file-level error, so that the other files' problems are reported too.
    Spec spec = binder.bindRoot(Spec.class, root, first);
    // Salvage maps paths itself, with the binder that knows what it dropped.
    SourceMap paths = binder.isSalvage() ? sourceMap
        : sourceMap.resolved(binder::sourcePath, path -> false);
    return new Bound(diags.hasErrors() && !binder.isSalvage() ? null : spec, paths,
        patterns, ruleNames, rulePositions, prometheus != null);
  }

  /**
   * The name the model gives a linted rule file: cwmon's rule file names are plain and end
   * in .yml, which alert.rules and a second alerts.yml from another folder do not.
   */
  private static String modelName(String name, int index, List<String> seen) {
    String plain = name.replaceAll("[^A-Za-z0-9._-]", "-").replaceAll("^[._-]+", "");
    if (!plain.matches(".*\\.ya?ml")) {
      plain = plain + ".yml";
    }
    return seen.contains(name) || plain.contains("..") ? index + "-" + plain.replace("..", ".")
        : plain;
  }

  private static SpecSource once(SpecSource seen, SpecSource source, Kind kind,
      Diagnostics diags) {
    if (seen != null) {
      diags.error("CW100", "", new Position(source.file(), 1, 1), "a second "
          + (kind == Kind.PROMETHEUS ? "prometheus.yml" : "alertmanager.yml")
          + " (the first is " + seen.file() + ")", "lint one server's files at a time");
      return seen;
    }
    return source;
  }

  /** prometheus.yml without rule_files, whose patterns are kept for the rule_files check. */
  private static MappingNode withoutRuleFiles(SpecSource source, List<RuleFilesEntry> out) {
    List<NodeTuple> kept = new ArrayList<>();
    for (NodeTuple t : source.root().getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals("rule_files")) {
        if (t.getValueNode() instanceof SequenceNode seq) {
          for (int i = 0; i < seq.getValue().size(); i++) {
            if (seq.getValue().get(i) instanceof ScalarNode p) {
              out.add(new RuleFilesEntry(p.getValue(), new Position(source.file(),
                  p.getStartMark().getLine() + 1, p.getStartMark().getColumn() + 1),
                  "prometheus.rule_files[" + i + "]"));
            }
          }
        }
        continue;
      }
      kept.add(t);
    }
    return new MappingNode(Tag.MAP, true, kept, source.root().getStartMark(),
        source.root().getEndMark(), FlowStyle.BLOCK);
  }

  private static NodeTuple fileEntry(String key, Node value, SpecSource source, Binder binder) {
    binder.fileOf(value, source.file());
    return entry(key, value);
  }

  private static Node value(MappingNode map, String key) {
    for (NodeTuple t : map.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
        return t.getValueNode();
      }
    }
    return null;
  }

  private static NodeTuple entry(String key, Node value) {
    return new NodeTuple(scalar(key), value);
  }

  private static ScalarNode scalar(String text) {
    return new ScalarNode(Tag.STR, text, null, null, DumperOptions.ScalarStyle.PLAIN);
  }
}
