package dev.cwmon.load;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.diag.Position;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a spec (one YAML file, or every {@code *.yaml}/{@code *.yml} file of a folder in name
 * order) into position-carrying nodes. It never interprets values; that is the binder's job.
 */
public final class SpecLoader {
  private final LoadLimits limits;
  private final boolean emptyIsNothing;

  public SpecLoader(LoadLimits limits) {
    this(limits, false);
  }

  private SpecLoader(LoadLimits limits, boolean emptyIsNothing) {
    this.limits = limits;
    this.emptyIsNothing = emptyIsNothing;
  }

  /**
   * A loader for files written for the real tools, where an empty file (or one of comments
   * only) is a warning and is skipped: promtool reads it as a rule file without rules.
   */
  public SpecLoader forToolFiles() {
    return new SpecLoader(limits, true);
  }

  /** The spec files of {@code spec}: the file itself, or the YAML files directly inside it. */
  public List<Path> specFiles(Path spec, Diagnostics diagnostics) {
    if (Files.isRegularFile(spec)) {
      return List.of(spec);
    }
    if (!Files.isDirectory(spec)) {
      diagnostics.error("CW100", "", new Position(spec.toString(), 0, 0),
          "spec not found: " + spec, "give a spec file or a folder of *.yaml files");
      return List.of();
    }
    try (Stream<Path> entries = Files.list(spec)) {
      List<Path> files = entries
          .filter(p -> isSpecFileName(p.getFileName().toString()))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
      if (files.isEmpty()) {
        diagnostics.error("CW100", "", new Position(spec.toString(), 0, 0),
            "no spec files in folder " + spec, "add a cwmon.yaml, or run cwmon init " + spec);
      } else if (files.size() > limits.maxFiles()) {
        diagnostics.error("CW100", "", new Position(spec.toString(), 0, 0),
            "too many spec files in " + spec + " (" + files.size() + ")",
            "at most " + limits.maxFiles() + " files are read");
        return List.of();
      }
      return files;
    } catch (IOException e) {
      diagnostics.error("CW100", "", new Position(spec.toString(), 0, 0),
          "cannot list " + spec + ": " + e.getMessage(), "check the folder's permissions");
      return List.of();
    }
  }

  private static boolean isSpecFileName(String name) {
    return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"))
        && !SuiteLoader.isSuiteName(name);
  }

  /** Loads each file; a file that cannot be read or parsed adds a diagnostic and is skipped. */
  public List<SpecSource> load(List<Path> files, Diagnostics diagnostics) {
    List<SpecSource> sources = new ArrayList<>();
    for (Path file : files) {
      String name = file.toString();
      try {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length > limits.maxCodePoints() * 4L) {
          tooLarge(name, diagnostics);
          continue;
        }
        String text = decodeUtf8(bytes);
        if (text == null) {
          diagnostics.error("CW101", "", invalidUtf8(name, bytes),
              "file is not valid UTF-8", "save the spec as UTF-8");
          continue;
        }
        MappingNode root = parse(name, text, diagnostics);
        if (root != null) {
          sources.add(new SpecSource(name, root, text));
        }
      } catch (IOException e) {
        diagnostics.error("CW100", "", new Position(name, 0, 0),
            "cannot read " + name + ": " + e.getMessage(), "check the file's permissions");
      }
    }
    return sources;
  }

  /**
   * Parses one document of text, with YAML merge keys applied as promtool and amtool apply
   * them; {@code null} with a diagnostic when it is not a mapping or cannot be read.
   */
  public MappingNode parse(String name, String text, Diagnostics diagnostics) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
      tooLarge(name, diagnostics);
      return null;
    }
    Node node;
    try (Reader reader = new StringReader(text)) {
      node = emptyIsNothing ? firstDocument(name, text, diagnostics)
          : new Yaml(options()).compose(reader);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      diagnostics.error("CW101", "", at(name, mark), yamlMessage(e), yamlHint(e));
      return null;
    } catch (YAMLException | IOException e) {
      diagnostics.error("CW101", "", new Position(name, 1, 1),
          "invalid YAML: " + firstLine(e.getMessage()), yamlHint(e));
      return null;
    } catch (StackOverflowError e) {
      diagnostics.error("CW101", "", new Position(name, 1, 1),
          "YAML nested too deeply",
          "nesting is limited to " + limits.maxDepth() + " levels; raise it with --max-depth");
      return null;
    }
    boolean empty = node == null || node instanceof ScalarNode scalar
        && scalar.getTag().equals(Tag.NULL) && scalar.getValue().isEmpty();
    if (empty && emptyIsNothing && isAlertmanagerName(name)) {
      diagnostics.error("CW101", "", new Position(name, 1, 1),
          "alertmanager.yml is empty; Alertmanager refuses a configuration without a route",
          "give it at least route: {receiver: NAME} and receivers: [{name: NAME}]");
      return null;
    }
    if (empty && emptyIsNothing) {
      diagnostics.warning("CW113", "", new Position(name, 1, 1),
          "file holds no YAML content: nothing to check",
          "promtool reads an empty rule file as no rules; give prometheus.yml and"
              + " alertmanager.yml their settings");
      return null;
    }
    if (empty) {
      diagnostics.error("CW101", "", new Position(name, 1, 1),
          "spec file is empty", "a spec file is a YAML mapping, e.g. prometheus: {...}");
      return null;
    }
    if (!(node instanceof MappingNode mapping)) {
      diagnostics.error("CW101", "", at(name, node.getStartMark()),
          "spec file must be a YAML mapping", "start with top-level keys such as prometheus:");
      return null;
    }
    Node recursive = recursiveNode(mapping);
    if (recursive != null) {
      diagnostics.error("CW101", "", at(name, recursive.getStartMark()),
          "anchor &" + recursive.getAnchor() + " contains an alias to itself",
          "a recursive structure has no end; copy the part you need instead of *"
              + recursive.getAnchor());
      return null;
    }
    Node bomb = expansionBeyond(mapping, limits.maxExpansion());
    if (bomb != null) {
      diagnostics.error("CW101", "", at(name, bomb.getStartMark()),
          "aliases of anchor &" + bomb.getAnchor() + " expand the file by more than "
              + limits.maxExpansion() + " nodes",
          "nested aliases multiply (an alias bomb); write the values out, or for a spec you"
              + " trust raise --max-aliases (it allows " + LoadLimits.NODES_PER_ALIAS
              + " nodes per alias)");
      return null;
    }
    try {
      return MergeKeys.apply(name, mapping, diagnostics);
    } catch (StackOverflowError e) {
      diagnostics.error("CW101", "", new Position(name, 1, 1),
          "YAML nested too deeply",
          "nesting is limited to " + limits.maxDepth() + " levels; raise it with --max-depth");
      return null;
    }
  }

  /**
   * A node that contains itself through an alias ({@code &r {routes: [*r]}}), which SnakeYAML
   * composes as a cycle and marks for two-step construction; null when there is none. Each
   * node is visited once, so shared aliases cost nothing more.
   */
  private static Node recursiveNode(Node root) {
    java.util.Set<Node> seen = java.util.Collections.newSetFromMap(
        new java.util.IdentityHashMap<>());
    java.util.Deque<Node> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (node.isTwoStepsConstruction() && node.getAnchor() != null) {
        return node;
      }
      if (node instanceof MappingNode m) {
        m.getValue().forEach(t -> {
          todo.push(t.getValueNode());
          todo.push(t.getKeyNode());
        });
      } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
        seq.getValue().forEach(todo::push);
      }
    }
    return null;
  }

  /**
   * The anchored node that expands most when aliases add more than {@code budget} nodes to
   * the tree as written, else null. Sizes are counted once per node, so a bomb costs no more
   * to measure than to parse.
   */
  private static Node expansionBeyond(Node root, long budget) {
    java.util.Map<Node, Long> sizes = new java.util.IdentityHashMap<>();
    long expanded = size(root, sizes);
    if (expanded - sizes.size() <= budget) {
      return null;
    }
    Node worst = root;
    long most = -1;
    for (var entry : sizes.entrySet()) {
      if (entry.getKey().getAnchor() != null && entry.getValue() > most) {
        worst = entry.getKey();
        most = entry.getValue();
      }
    }
    return worst;
  }

  /** The node count of {@code node} with every alias expanded, saturating at Long.MAX_VALUE. */
  private static long size(Node node, java.util.Map<Node, Long> sizes) {
    Long known = sizes.get(node);
    if (known != null) {
      return known;
    }
    long total = 1;
    if (node instanceof MappingNode m) {
      for (var tuple : m.getValue()) {
        total = saturatedAdd(total, size(tuple.getKeyNode(), sizes));
        total = saturatedAdd(total, size(tuple.getValueNode(), sizes));
      }
    } else if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
      for (Node item : seq.getValue()) {
        total = saturatedAdd(total, size(item, sizes));
      }
    }
    sizes.put(node, total);
    return total;
  }

  private static long saturatedAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(limits.maxAliases());
    options.setNestingDepthLimit(limits.maxDepth());
    options.setCodePointLimit(limits.maxCodePoints());
    options.setAllowRecursiveKeys(false);
    options.setAllowDuplicateKeys(true);
    options.setProcessComments(false);
    return options;
  }

  private void tooLarge(String name, Diagnostics diagnostics) {
    diagnostics.error("CW101", "", new Position(name, 1, 1),
        "spec file is larger than " + limits.maxCodePoints() + " characters",
        "split the spec into several files in one folder, or raise --max-size");
  }

  /** Where the first byte that is not UTF-8 sits: its line, and the characters before it. */
  static Position invalidUtf8(String name, byte[] bytes) {
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    String before = out.flip().toString();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < before.length(); i++) {
      if (before.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new Position(name, line, before.codePointCount(lineStart, before.length()) + 1);
  }

  /** The text, or null when the bytes are not UTF-8. */
  private static String decodeUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static Position at(String file, Mark mark) {
    return mark == null ? new Position(file, 1, 1)
        : new Position(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static String yamlMessage(MarkedYAMLException e) {
    if (isSecondDocument(e)) {
      return "a second YAML document starts here";
    }
    String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
    String context = e.getContext() == null ? "" : " " + e.getContext();
    return "invalid YAML: " + firstLine(problem + context);
  }

  private static boolean isAlertmanagerName(String name) {
    String file = java.nio.file.Path.of(name).getFileName().toString();
    return file.equals("alertmanager.yml") || file.equals("alertmanager.yaml");
  }

  /**
   * The first document of a tool's file, as promtool and amtool read it, with warning CW114
   * where a second one starts; null when the first is empty.
   */
  private Node firstDocument(String name, String text, Diagnostics diagnostics)
      throws IOException {
    try (Reader reader = new StringReader(text)) {
      java.util.Iterator<Node> documents = new Yaml(options()).composeAll(reader).iterator();
      Node first = documents.hasNext() ? documents.next() : null;
      try {
        if (documents.hasNext()) {
          Node second = documents.next();
          diagnostics.warning("CW114", "", second == null ? new Position(name, 1, 1)
              : at(name, second.getStartMark()), "a second YAML document starts here; only"
              + " the first is checked", "Prometheus and Alertmanager read the first document"
              + " of a file and ignore the rest: remove the --- line, or move what follows"
              + " into a file of its own");
        }
      } catch (YAMLException ignoredAsTheToolsIgnoreIt) {
        diagnostics.warning("CW114", "", new Position(name, 1, 1), "the file holds more than"
            + " one YAML document; only the first is checked", "remove the --- line, or move"
            + " what follows into a file of its own");
      }
      return first;
    }
  }

  /** SnakeYAML's complaint when a "---" line starts another document in a one-document read. */
  private static boolean isSecondDocument(MarkedYAMLException e) {
    return String.valueOf(e.getContext()).contains("expected a single document");
  }

  private String yamlHint(Exception e) {
    if (e instanceof MarkedYAMLException marked && isSecondDocument(marked)) {
      return "Prometheus and Alertmanager read the first document of a file and ignore the"
          + " rest: remove this --- line, or move what follows into a file of its own";
    }
    String text = String.valueOf(e.getMessage());
    if (text.contains("aliases")) {
      return "at most " + limits.maxAliases() + " aliases are expanded; write the values out, "
          + "or raise the limit with --max-aliases";
    }
    if (text.contains("Nesting Depth")) {
      return "nesting is limited to " + limits.maxDepth() + " levels; raise it with --max-depth";
    }
    if (text.contains("code point") || text.contains("exceeds the limit")) {
      return "split the spec into several files in one folder, or raise --max-size";
    }
    if (text.contains("\\t") || text.contains("tab")) {
      return "indent with spaces; YAML does not allow tabs for indentation";
    }
    return "check indentation, quotes and colons near this position";
  }

  private static String firstLine(String text) {
    String line = text == null ? "" : text.strip();
    int nl = line.indexOf('\n');
    return (nl < 0 ? line : line.substring(0, nl)).replaceAll("\\s+", " ");
  }
}
