package dev.cwmon.render;

import dev.cwmon.logstash.Arr;
import dev.cwmon.logstash.Attribute;
import dev.cwmon.logstash.Block;
import dev.cwmon.logstash.Bool;
import dev.cwmon.logstash.Hash;
import dev.cwmon.logstash.If;
import dev.cwmon.logstash.Num;
import dev.cwmon.logstash.Pipeline;
import dev.cwmon.logstash.Plugin;
import dev.cwmon.logstash.Section;
import dev.cwmon.logstash.Str;
import dev.cwmon.logstash.Value;
import dev.cwmon.model.logging.Conditional;
import dev.cwmon.model.logging.PipelineSpec;
import dev.cwmon.model.logging.PluginBlock;
import dev.cwmon.model.logging.SettingValue;
import dev.cwmon.model.logging.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Logstash config model of a spec pipeline. Strings, numbers and booleans map to their
 * Logstash kinds; a field reference is written as its string {@code "[a][b]"}, and a secret
 * as Logstash's environment reference {@code "${NAME}"}. Empty sections are left out.
 */
public final class LogstashView {
  private LogstashView() {}

  public static Pipeline of(PipelineSpec spec) {
    List<Section> sections = new ArrayList<>();
    section(sections, Section.Kind.INPUT, spec.input());
    section(sections, Section.Kind.FILTER, spec.filter());
    section(sections, Section.Kind.OUTPUT, spec.output());
    return new Pipeline(sections, List.of());
  }

  private static void section(List<Section> out, Section.Kind kind, List<Statement> body) {
    if (!body.isEmpty()) {
      out.add(new Section(kind, block(body), List.of()));
    }
  }

  private static Block block(List<Statement> statements) {
    return new Block(statements.stream().map(LogstashView::statement).toList(), List.of());
  }

  static dev.cwmon.logstash.Statement statement(Statement statement) {
    if (statement instanceof PluginBlock plugin) {
      return plugin(plugin);
    }
    Conditional c = (Conditional) statement;
    List<If.Branch> branches = new ArrayList<>();
    branches.add(new If.Branch(c.condition().expr(), block(c.then())));
    c.elseIf().forEach(b -> branches.add(new If.Branch(b.condition().expr(), block(b.then()))));
    Optional<Block> otherwise = c.otherwise().isEmpty()
        ? Optional.empty() : Optional.of(block(c.otherwise()));
    return new If(branches, otherwise, comments(c.comment()));
  }

  /** The plugin of {@code plugin}, its settings in spec order. */
  public static Plugin plugin(PluginBlock plugin) {
    List<Attribute> attributes = new ArrayList<>();
    plugin.settings().forEach((name, v) -> attributes.add(Attribute.of(name, value(v))));
    return new Plugin(plugin.name(), attributes, comments(plugin.comment()), List.of());
  }

  public static Value value(SettingValue value) {
    if (value instanceof SettingValue.Text text) {
      return Str.of(text.value());
    }
    if (value instanceof SettingValue.Number number) {
      return Num.of(number.literal());
    }
    if (value instanceof SettingValue.Flag flag) {
      return Bool.of(flag.value());
    }
    if (value instanceof SettingValue.ListValue list) {
      return new Arr(list.items().stream().map(LogstashView::value).toList());
    }
    if (value instanceof SettingValue.HashValue hash) {
      List<Hash.Entry> entries = new ArrayList<>();
      for (Map.Entry<String, SettingValue> e : hash.entries().entrySet()) {
        entries.add(Hash.Entry.of(e.getKey(), value(e.getValue())));
      }
      return new Hash(entries);
    }
    if (value instanceof SettingValue.Field field) {
      return Str.of(field.ref().print());
    }
    return Str.of(envReference(((SettingValue.Secret) value).ref().env()));
  }

  /** {@code ${NAME}}, how Logstash, Elasticsearch and Kibana read an environment variable. */
  public static String envReference(String name) {
    return "${" + name + "}";
  }

  /** A comment's lines as the model keeps them: the text after {@code #}. */
  public static List<String> comments(String comment) {
    if (comment == null) {
      return List.of();
    }
    return Arrays.stream(comment.strip().split("\n", -1))
        .map(line -> line.isEmpty() ? "" : " " + line)
        .toList();
  }
}
