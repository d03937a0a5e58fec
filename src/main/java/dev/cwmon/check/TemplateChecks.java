package dev.cwmon.check;

import dev.cwmon.bind.Names;
import dev.cwmon.gotemplate.Dialect;
import dev.cwmon.gotemplate.GoTemplate;
import dev.cwmon.gotemplate.TemplateProblem;
import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.Receiver;
import dev.cwmon.model.rules.Rule;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;

/**
 * Checks the Go templates of rule annotations and labels (Prometheus's dialect) and of
 * receiver texts (Alertmanager's): syntax, functions, variables and fields, with the column
 * inside the template.
 */
public final class TemplateChecks implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    for (int f = 0; f < spec.rules().size(); f++) {
      var groups = spec.rules().get(f).groups();
      for (int g = 0; g < groups.size(); g++) {
        List<Rule> rules = groups.get(g).rules();
        for (int r = 0; r < rules.size(); r++) {
          String path = "rules[" + f + "].groups[" + g + "].rules[" + r + "]";
          texts(rules.get(r).annotations(), path + ".annotations", Dialect.PROMETHEUS_RULE, ctx);
          texts(rules.get(r).labels(), path + ".labels", Dialect.PROMETHEUS_RULE, ctx);
        }
      }
    }
    if (spec.alertmanager() == null) {
      return;
    }
    // Without template files Alertmanager knows only its own default templates.
    boolean onlyDefaults = spec.alertmanager().templates().isEmpty();
    List<Receiver> receivers = spec.alertmanager().receivers();
    for (int i = 0; i < receivers.size(); i++) {
      Receiver r = receivers.get(i);
      String path = "alertmanager.receivers[" + i + "]";
      configs(r.webhookConfigs(), path + ".webhook_configs", onlyDefaults, ctx);
      configs(r.slackConfigs(), path + ".slack_configs", onlyDefaults, ctx);
      configs(r.pagerdutyConfigs(), path + ".pagerduty_configs", onlyDefaults, ctx);
      configs(r.emailConfigs(), path + ".email_configs", onlyDefaults, ctx);
    }
  }

  private void texts(Map<String, String> values, String path, Dialect dialect, CheckContext ctx) {
    values.forEach((key, text) -> text(text, path + "." + key, dialect, ctx));
  }

  /** Every string field of each integration, and its maps of strings, is a template. */
  private void configs(
      List<? extends Record> configs, String path, boolean onlyDefaults, CheckContext ctx) {
    for (int i = 0; i < configs.size(); i++) {
      Record config = configs.get(i);
      for (RecordComponent c : config.getClass().getRecordComponents()) {
        String at = path + "[" + i + "]." + Names.keyOf(c);
        Object value = read(c, config);
        if (value instanceof String s) {
          receiverText(s, at, onlyDefaults, ctx);
        } else if (value instanceof Map<?, ?> map) {
          map.forEach((k, v) -> receiverText(String.valueOf(v), at + "." + k, onlyDefaults, ctx));
        }
      }
    }
  }

  private void receiverText(String text, String path, boolean onlyDefaults, CheckContext ctx) {
    if (!text(text, path, Dialect.ALERTMANAGER, ctx) || !onlyDefaults
        || !text.contains("template")) {
      return;
    }
    for (TemplateProblem p : GoTemplate.undefinedCalls(text, Dialect.ALERTMANAGER)) {
      ctx.diagnostics().error("CW221", path, ctx.sourceMap().inValue(path, p.line(), p.column()),
          p.message() + ": the spec lists no alertmanager.templates files, and Alertmanager's "
              + "default templates do not define it",
          "add the file that defines it under alertmanager.templates, or call a default "
              + "template such as slack.default.title or __subject");
    }
  }

  /** Reports the template's problems; true when it has none. */
  private boolean text(String text, String path, Dialect dialect, CheckContext ctx) {
    if (!text.contains("{{")) {
      return true;
    }
    List<TemplateProblem> problems = checked(text, dialect);
    for (TemplateProblem p : problems) {
      ctx.diagnostics().error("CW220", path, ctx.sourceMap().inValue(path, p.line(), p.column()),
          "template: " + p.message(),
          dialect == Dialect.PROMETHEUS_RULE
              ? "Prometheus alert templates know $labels, $value, $externalLabels, $externalURL"
                  + " and Prometheus's template functions"
              : "notification templates see .Alerts, .GroupLabels, .CommonLabels, "
                  + ".CommonAnnotations, .Status, .Receiver, .ExternalURL");
    }
    return problems.isEmpty();
  }

  /**
   * The problems of a template, each distinct text checked once per thread: large specs
   * repeat the same annotations and receiver texts across thousands of rules.
   */
  private static List<TemplateProblem> checked(String text, Dialect dialect) {
    Map<String, List<TemplateProblem>> cache = SEEN.get().get(dialect);
    if (cache.size() > 50_000) {
      cache.clear();
    }
    return cache.computeIfAbsent(text, t -> GoTemplate.check(t, dialect));
  }

  private static final ThreadLocal<Map<Dialect, Map<String, List<TemplateProblem>>>> SEEN =
      ThreadLocal.withInitial(() -> {
        Map<Dialect, Map<String, List<TemplateProblem>>> m = new java.util.EnumMap<>(Dialect.class);
        for (Dialect d : Dialect.values()) {
          m.put(d, new java.util.HashMap<>());
        }
        return m;
      });

  private static Object read(RecordComponent c, Record r) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
