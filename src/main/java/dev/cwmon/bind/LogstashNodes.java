package dev.cwmon.bind;

import dev.cwmon.diag.Position;
import dev.cwmon.logstash.Expr;
import dev.cwmon.logstash.FieldRef;
import dev.cwmon.logstash.LogstashParseException;
import dev.cwmon.logstash.LogstashParser;
import dev.cwmon.logstash.Regex;
import dev.cwmon.logstash.RegexSyntax;
import dev.cwmon.model.SecretRef;
import dev.cwmon.model.logging.Condition;
import dev.cwmon.model.logging.Conditional;
import dev.cwmon.model.logging.PluginBlock;
import dev.cwmon.model.logging.SettingValue;
import dev.cwmon.model.logging.Statement;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Binds the free-form parts of the logging spec: pipeline statements (a plugin
 * {@code {mutate: {...}}} or a conditional {@code {if: ..., then: [...]}}), setting values
 * typed by their YAML form, and conditions in Logstash's syntax. Each field reference of a
 * condition gets a position, at spec path {@code <condition path>#<i>}, for later checks.
 */
public final class LogstashNodes {
  /** The tag of a field reference setting: {@code source: !field [exception][traceback]}. */
  public static final Tag FIELD = new Tag("!field");

  private static final Pattern PLUGIN_NAME = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern SECRET_KEY = Pattern.compile(
      "(?i).*(password|passphrase|secret|api_?key|token|encryptionkey).*");
  private static final Type SETTINGS = PluginBlock.class.getRecordComponents()[1].getGenericType();
  private static final Type HASH =
      SettingValue.HashValue.class.getRecordComponents()[0].getGenericType();
  private static final String STATEMENT_SHAPE =
      "a plugin {name: {settings}} or a conditional {if: CONDITION, then: [...]}";

  private LogstashNodes() {}

  public static Binder register(Binder binder) {
    return binder.register(Statement.class, LogstashNodes::statement)
        .register(SettingValue.class, LogstashNodes::setting)
        .register(Condition.class, LogstashNodes::condition);
  }

  /** Reads a schema field name: {@code message} or {@code [exception][traceback]}. */
  public static ScalarParser.Result<FieldRef> parseFieldRef(String text) {
    try {
      return ScalarParser.Result.ok(FieldRef.parse(text));
    } catch (IllegalArgumentException e) {
      return ScalarParser.Result.fail("bad field reference \"" + ScalarTypes.clip(text) + "\": "
          + e.getMessage(), "write a field name or [outer][inner], quoted");
    }
  }

  static Statement statement(Binder b, Node node, String path, String file) {
    Position at = b.position(node, file);
    if (node instanceof ScalarNode scalar && Tag.STR.equals(scalar.getTag())) {
      return plugin(b, scalar.getValue(), null, null, path, file, at);
    }
    if (!(node instanceof MappingNode mapping)) {
      b.typeError(path, at, STATEMENT_SHAPE, node);
      return null;
    }
    List<NodeTuple> rest = new ArrayList<>();
    Node comment = null;
    for (NodeTuple entry : mapping.getValue()) {
      String key = entry.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
      if (key.equals("if")) {
        return (Statement) b.bind(node, Conditional.class, path, file);
      }
      if (key.equals("comment")) {
        comment = entry.getValueNode();
      } else {
        rest.add(entry);
      }
    }
    int before = b.errorCount();
    String text = comment == null ? null
        : (String) b.bind(comment, String.class, path + ".comment", file);
    if (rest.size() != 1) {
      b.error("CW105", path, at, "a plugin statement has one key besides comment, the plugin's"
          + " name; found " + rest.size(), "write " + STATEMENT_SHAPE
          + ", each statement its own list item");
      return null;
    }
    NodeTuple entry = rest.get(0);
    Position keyAt = b.position(entry.getKeyNode(), file);
    if (!(entry.getKeyNode() instanceof ScalarNode key) || b.errorCount() != before) {
      return null;
    }
    return plugin(b, key.getValue(), entry.getValueNode(), text, path, file, keyAt);
  }

  @SuppressWarnings("unchecked")
  private static Statement plugin(Binder b, String name, Node settings, String comment,
      String path, String file, Position at) {
    if (!PLUGIN_NAME.matcher(name).matches() || name.equals("else")) {
      b.error("CW161", path, at, "bad plugin name \"" + ScalarTypes.clip(name) + "\"",
          "plugin names are letters, digits, _ and -, e.g. mutate or elasticsearch");
      return null;
    }
    String settingsPath = path + "." + name;
    b.mark(settingsPath, at);
    if (settings == null || Binder.isNull(settings)) {
      return new PluginBlock(name, Map.of(), comment);
    }
    if (!(settings instanceof MappingNode)) {
      b.typeError(settingsPath, b.position(settings, file), "a mapping of settings", settings);
      return null;
    }
    Object bound = b.bind(settings, SETTINGS, settingsPath, file);
    return bound == null ? null
        : new PluginBlock(name, (Map<String, SettingValue>) bound, comment);
  }

  @SuppressWarnings("unchecked")
  static SettingValue setting(Binder b, Node node, String path, String file) {
    Position at = b.position(node, file);
    if (isSecretKey(path)) {
      Object ref = b.bind(node, SecretRef.class, path, file);
      return ref == null ? null : new SettingValue.Secret((SecretRef) ref);
    }
    if (node instanceof SequenceNode sequence) {
      int before = b.errorCount();
      List<SettingValue> items = new ArrayList<>();
      for (int i = 0; i < sequence.getValue().size(); i++) {
        Node item = sequence.getValue().get(i);
        String itemPath = path + "[" + i + "]";
        if (Binder.isNull(item)) {
          b.error("CW106", itemPath, b.position(item, file), "empty list item in " + path,
              "remove the empty \"-\" line, or quote an empty string: \"\"");
          continue;
        }
        items.add((SettingValue) b.bind(item, SettingValue.class, itemPath, file));
      }
      return b.errorCount() == before ? new SettingValue.ListValue(items) : null;
    }
    if (node instanceof MappingNode) {
      Object hash = b.bind(node, HASH, path, file);
      return hash == null ? null
          : new SettingValue.HashValue((Map<String, SettingValue>) hash);
    }
    return scalar(b, (ScalarNode) node, path, at);
  }

  private static SettingValue scalar(Binder b, ScalarNode node, String path, Position at) {
    String text = node.getValue();
    Tag tag = node.getTag();
    if (FIELD.equals(tag)) {
      ScalarParser.Result<FieldRef> ref = parseFieldRef(text);
      if (!ref.ok()) {
        b.error("CW105", path, at, ref.error(), ref.hint());
        return null;
      }
      return new SettingValue.Field(ref.value());
    }
    if (Tag.STR.equals(tag)) {
      return new SettingValue.Text(text);
    }
    if ((Tag.INT.equals(tag) || Tag.FLOAT.equals(tag))
        && SettingValue.Number.SYNTAX.matcher(text).matches()) {
      return new SettingValue.Number(text);
    }
    if (Tag.BOOL.equals(tag) && (text.equals("true") || text.equals("false"))) {
      return new SettingValue.Flag(Boolean.parseBoolean(text));
    }
    String kind = Tag.BOOL.equals(tag) ? "a YAML 1.1 boolean"
        : Tag.INT.equals(tag) || Tag.FLOAT.equals(tag) ? "a number logstash cannot read"
        : "a value with tag " + tag.getValue();
    b.error("CW105", path, at, "\"" + ScalarTypes.clip(text) + "\" is " + kind,
        "write true, false or a decimal number such as 5044 or 0.5; quote it for a string");
    return null;
  }

  static Condition condition(Binder b, Node node, String path, String file) {
    Position at = b.position(node, file);
    if (!(node instanceof ScalarNode scalar) || !Tag.STR.equals(scalar.getTag())) {
      b.error("CW105", path, at, Binder.leaf(path) + " must be a condition in quotes",
          "quote it: if: '[level] == \"ERROR\"' (unquoted, YAML reads [..] as a list)");
      return null;
    }
    String text = scalar.getValue();
    Position start = valueStart(scalar, at);
    Expr expr;
    try {
      expr = LogstashParser.parseCondition(text, file);
    } catch (LogstashParseException e) {
      Position where = start != null && e.line() == 1 ? start.plusColumns(e.column() - 1) : at;
      b.error("CW160", path, where, "bad condition: " + e.reason(),
          "write it in logstash syntax, e.g. [level] == \"ERROR\" or \"error\" in [tags]");
      return null;
    }
    Condition condition = new Condition(text, expr);
    for (FieldRef list : condition.quotedFieldHaystacks()) {
      String only = list.path().get(0);
      int found = text.indexOf(list.print());
      Position where = start != null && found >= 0
          ? start.plusColumns(text.codePointCount(0, found)) : at;
      b.error("CW160", path, where, "bad condition: Logstash reads " + list.print()
          + " as the field named " + only + ", quotes included, not as a one-element list,"
          + " so this test never matches as meant", "compare instead: == " + only
          + " for in, != " + only + " for not in");
      return null;
    }
    if (!regexesValid(b, condition, path, start, at)) {
      return null;
    }
    int from = 0;
    List<FieldRef> fields = condition.fields();
    for (int i = 0; i < fields.size(); i++) {
      String printed = fields.get(i).print();
      int found = text.indexOf(printed, from);
      Position where = start != null && found >= 0
          ? start.plusColumns(text.codePointCount(0, found)) : at;
      b.mark(path + "#" + i, where);
      from = found >= 0 ? found + printed.length() : from;
    }
    return condition;
  }

  /** Reports (CW160) a regex of {@code =~}/{@code !~} that neither Ruby nor Java accepts. */
  private static boolean regexesValid(Binder b, Condition condition, String path,
      Position start, Position at) {
    String text = condition.text();
    int from = 0;
    for (Regex regex : condition.regexes()) {
      String literal = "/" + regex.source() + "/";
      int found = text.indexOf(literal, from);
      from = found >= 0 ? found + literal.length() : from;
      RegexSyntax.Problem problem = RegexSyntax.problem(regex.source()).orElse(null);
      if (problem == null) {
        continue;
      }
      Position where = start != null && found >= 0 ? start.plusColumns(
          text.codePointCount(0, found + 1 + problem.offset())) : at;
      b.error("CW160", path, where, "bad regex /" + ScalarTypes.clip(regex.source()) + "/: "
          + problem.reason(), "logstash compiles it with Ruby's engine and refuses to start;"
          + " escape a literal character with \\, e.g. \\( for (");
      return false;
    }
    return true;
  }

  /** Where the value's first character is, when every character maps to one column. */
  static Position valueStart(ScalarNode scalar, Position at) {
    Mark start = scalar.getStartMark();
    Mark end = scalar.getEndMark();
    if (start == null || end == null || start.getLine() != end.getLine()) {
      return null;
    }
    int width = end.getColumn() - start.getColumn();
    String text = scalar.getValue();
    int chars = text.codePointCount(0, text.length());
    DumperOptions.ScalarStyle style = scalar.getScalarStyle();
    if (style == DumperOptions.ScalarStyle.PLAIN) {
      return width == chars ? at : null;
    }
    boolean quoted = style == DumperOptions.ScalarStyle.SINGLE_QUOTED
        || style == DumperOptions.ScalarStyle.DOUBLE_QUOTED;
    return quoted && width == chars + 2 ? at.plusColumns(1) : null;
  }

  private static boolean isSecretKey(String path) {
    if (path.endsWith("]")) {
      return false;
    }
    return SECRET_KEY.matcher(path.substring(path.lastIndexOf('.') + 1)).matches();
  }
}
