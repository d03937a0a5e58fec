package dev.cwmon.check;

import dev.cwmon.bind.Names;
import dev.cwmon.logstash.FieldRef;
import dev.cwmon.model.Spec;
import dev.cwmon.model.logging.Condition;
import dev.cwmon.model.logging.PluginBlock;
import dev.cwmon.model.logging.SchemaField;
import dev.cwmon.model.logging.SettingValue;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Warns (CW166) where a pipeline refers to a field the log schema does not declare: in
 * conditions, in {@code !field} values and {@code %{[sprintf]}} references, in the settings
 * that name fields ({@code source}, {@code target}, {@code add_field}, {@code convert},
 * grok's and date's {@code match}), in grok captures and in a ruby filter's
 * {@code event.get('...')}/{@code event.set('...')}. Runs only when a schema is declared.
 */
public final class LogSchemaCheck implements Check {
  private static final Pattern SPRINTF = Pattern.compile("%\\{([^}+][^}]*)}");
  private static final Pattern GROK_CAPTURE = Pattern.compile("%\\{\\w+:([^:}]+)(:\\w+)?}");
  private static final Pattern RUBY_FIELD =
      Pattern.compile("event\\.(?:get|set|remove|include\\?)\\(\\s*'([^']+)'");
  private static final Set<String> FIELD_SETTINGS = Set.of("source", "target");
  private static final Set<String> FIELD_KEY_SETTINGS =
      Set.of("add_field", "convert", "rename", "copy", "replace", "update");
  private static final Set<String> FIELD_LIST_SETTINGS =
      Set.of("remove_field", "lowercase", "uppercase", "strip");

  @Override
  public void run(Spec spec, CheckContext context) {
    if (spec.logging() == null || spec.logging().schema().isEmpty()) {
      return;
    }
    List<SchemaField> schema = spec.logging().schema();
    PipelineWalk.walk(spec.logging().pipelines(), new PipelineWalk.Visitor() {
      @Override
      public void plugin(String section, PluginBlock plugin, String path) {
        plugin.settings().forEach((name, value) ->
            setting(plugin.name(), name, value, path + "." + name, schema, context));
      }

      @Override
      public void condition(String section, Condition condition, String path) {
        List<FieldRef> fields = condition.fields();
        for (int i = 0; i < fields.size(); i++) {
          check(fields.get(i), path + "#" + i, schema, context);
        }
      }
    });
  }

  private static void setting(String plugin, String name, SettingValue value, String path,
      List<SchemaField> schema, CheckContext context) {
    boolean grokMatch = plugin.equals("grok") && name.equals("match");
    if (FIELD_SETTINGS.contains(name) && value instanceof SettingValue.Text text) {
      checkText(text.value(), path, schema, context);
    }
    if ((FIELD_KEY_SETTINGS.contains(name) || grokMatch)
        && value instanceof SettingValue.HashValue hash) {
      hash.entries().keySet().forEach(k -> checkText(k, path + "." + k, schema, context));
    }
    if (FIELD_LIST_SETTINGS.contains(name) && value instanceof SettingValue.ListValue list) {
      for (int i = 0; i < list.items().size(); i++) {
        if (list.items().get(i) instanceof SettingValue.Text text) {
          checkText(text.value(), path + "[" + i + "]", schema, context);
        }
      }
    }
    if (plugin.equals("date") && name.equals("match")
        && value instanceof SettingValue.ListValue list && !list.items().isEmpty()
        && list.items().get(0) instanceof SettingValue.Text first) {
      checkText(first.value(), path + "[0]", schema, context);
    }
    if (plugin.equals("ruby") && name.equals("code") && value instanceof SettingValue.Text code) {
      scan(RUBY_FIELD, code.value(), path, schema, context);
    }
    strings(value, path, grokMatch, schema, context);
  }

  /** Field references inside strings: sprintf everywhere, captures in grok patterns. */
  private static void strings(SettingValue value, String path, boolean grok,
      List<SchemaField> schema, CheckContext context) {
    if (value instanceof SettingValue.Field field) {
      check(field.ref(), path, schema, context);
    } else if (value instanceof SettingValue.Text text) {
      scan(grok ? GROK_CAPTURE : SPRINTF, text.value(), path, schema, context);
    } else if (value instanceof SettingValue.ListValue list) {
      for (int i = 0; i < list.items().size(); i++) {
        strings(list.items().get(i), path + "[" + i + "]", grok, schema, context);
      }
    } else if (value instanceof SettingValue.HashValue hash) {
      hash.entries().forEach((k, v) -> strings(v, path + "." + k, grok, schema, context));
    }
  }

  private static void scan(Pattern pattern, String text, String path, List<SchemaField> schema,
      CheckContext context) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      checkText(m.group(1), path, schema, context);
    }
  }

  private static void checkText(String text, String path, List<SchemaField> schema,
      CheckContext context) {
    FieldRef ref;
    try {
      ref = FieldRef.parse(text);
    } catch (IllegalArgumentException e) {
      return;
    }
    check(ref, path, schema, context);
  }

  static void check(FieldRef ref, String path, List<SchemaField> schema, CheckContext context) {
    if (known(ref, schema)) {
      return;
    }
    context.warning("CW166", path, "field " + ref.print() + " is not in the log schema",
        suggestion(ref, schema));
  }

  /** A field is known if declared, below a declared object, or above a declared field. */
  static boolean known(FieldRef ref, List<SchemaField> schema) {
    List<String> path = ref.path();
    for (SchemaField field : schema) {
      List<String> declared = field.name().path();
      if (path.equals(declared) || startsWith(declared, path)
          || startsWith(path, declared) && field.type() == SchemaField.Type.OBJECT) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsWith(List<String> path, List<String> prefix) {
    return path.size() > prefix.size() && path.subList(0, prefix.size()).equals(prefix);
  }

  private static String suggestion(FieldRef ref, List<SchemaField> schema) {
    String last = ref.path().get(ref.path().size() - 1);
    for (SchemaField field : schema) {
      List<String> p = field.name().path();
      if (p.get(p.size() - 1).equals(last)) {
        return "did you mean " + field.name().print() + "? otherwise declare the field under"
            + " logging.schema";
      }
    }
    String close = Names.didYouMean(ref.print(),
        schema.stream().map(f -> f.name().print()).toList());
    return close != null ? "did you mean " + close + "? otherwise declare it under logging.schema"
        : "declare the field under logging.schema with its type, or correct the name";
  }
}
