package dev.cwmon.gotemplate;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/** Where a template runs, which fixes its functions, its variables and the data at dot. */
public enum Dialect {
  /**
   * Annotations and labels of a Prometheus 2.42 alerting rule. Prometheus prefixes each one
   * with {@code $labels}, {@code $externalLabels}, {@code $externalURL} and {@code $value}
   * declarations (rules/alerting.go and promtool's testTemplateParsing), so those exist in the
   * main template but not inside {@code define} or {@code block} bodies.
   */
  PROMETHEUS_RULE(
      Functions.union(Functions.GO_BUILTINS, Functions.PROMETHEUS_2_42),
      Map.of(
          "$", Shape.RULE_DATA,
          "$labels", Shape.LABEL_MAP,
          "$externalLabels", Shape.STRING_MAP,
          "$externalURL", Shape.STRING,
          "$value", Shape.FLOAT),
      Shape.RULE_DATA,
      Set.of(),
      true),

  /**
   * Receiver fields of an Alertmanager 0.25 configuration (Slack title, email subject, ...).
   * Templates named there may live in files this checker does not see; those of Alertmanager's
   * own default.tmpl and email.tmpl always exist.
   */
  ALERTMANAGER(
      Functions.union(Functions.GO_BUILTINS, Functions.ALERTMANAGER_0_25),
      Map.of("$", Shape.NOTIFICATION_DATA),
      Shape.NOTIFICATION_DATA,
      Set.of("__alertmanager", "__alertmanagerURL", "__description", "__subject",
          "__text_alert_list", "discord.default.message", "discord.default.title",
          "email.default.html", "email.default.subject", "opsgenie.default.description",
          "opsgenie.default.message", "opsgenie.default.source", "pagerduty.default.client",
          "pagerduty.default.clientURL", "pagerduty.default.description",
          "pagerduty.default.instances", "pushover.default.message", "pushover.default.title",
          "pushover.default.url", "slack.default.callbackid", "slack.default.fallback",
          "slack.default.footer", "slack.default.iconemoji", "slack.default.iconurl",
          "slack.default.pretext", "slack.default.text", "slack.default.title",
          "slack.default.titlelink", "slack.default.username", "sns.default.message",
          "sns.default.subject", "telegram.default.message",
          "victorops.default.entity_display_name", "victorops.default.monitoring_tool",
          "victorops.default.state_message", "webex.default.message", "wechat.default.agent_id",
          "wechat.default.message", "wechat.default.to_party", "wechat.default.to_tag",
          "wechat.default.to_user"),
      false);

  private final SortedSet<String> functions;
  private final Map<String, Shape> variables;
  private final Shape dot;
  private final Set<String> builtinTemplates;
  private final boolean selfContained;

  Dialect(SortedSet<String> functions, Map<String, Shape> variables, Shape dot,
      Set<String> builtinTemplates, boolean selfContained) {
    this.functions = functions;
    this.variables = variables;
    this.dot = dot;
    this.builtinTemplates = builtinTemplates;
    this.selfContained = selfContained;
  }

  /** Every function name a template of this dialect may call, sorted. */
  public SortedSet<String> functions() {
    return functions;
  }

  /** The variables defined before the template's own text, including {@code $}, sorted. */
  public SortedSet<String> variables() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(variables.keySet()));
  }

  Shape variableShape(String name) {
    return variables.getOrDefault(name, Shape.UNKNOWN);
  }

  Shape dot() {
    return dot;
  }

  /** Templates every text of this dialect can call without defining them. */
  Set<String> builtinTemplates() {
    return builtinTemplates;
  }

  /** True when every template a text can call must be defined in the same text. */
  boolean selfContained() {
    return selfContained;
  }
}
