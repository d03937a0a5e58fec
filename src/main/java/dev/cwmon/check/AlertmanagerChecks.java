package dev.cwmon.check;

import dev.cwmon.model.SecretRef;
import dev.cwmon.model.Spec;
import dev.cwmon.model.Version;
import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.alertmanager.AmGlobal;
import dev.cwmon.model.alertmanager.EmailConfig;
import dev.cwmon.model.alertmanager.InhibitRule;
import dev.cwmon.model.alertmanager.Receiver;
import dev.cwmon.model.alertmanager.Route;
import dev.cwmon.model.alertmanager.TimeInterval;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks of alertmanager.yml: references between routes, receivers and time intervals. */
public final class AlertmanagerChecks implements Check {
  private static final Version URL_FILE_SINCE = Version.parse("0.26");

  @Override
  public void run(Spec spec, CheckContext ctx) {
    AlertmanagerSpec am = spec.alertmanager();
    if (am == null) {
      return;
    }
    Map<String, Integer> receivers = new HashMap<>();
    for (int i = 0; i < am.receivers().size(); i++) {
      Receiver r = am.receivers().get(i);
      if (receivers.putIfAbsent(r.name(), i) != null) {
        ctx.error("CW140", "alertmanager.receivers[" + i + "].name",
            "duplicate receiver \"" + r.name() + "\"", "receiver names must be unique");
      }
      receiver(r, "alertmanager.receivers[" + i + "]", am.global(), spec, ctx);
    }
    Set<String> intervals = new HashSet<>();
    am.timeIntervals().stream().map(TimeInterval::name).forEach(intervals::add);
    Set<String> used = new HashSet<>();
    if (am.route().receiver() == null) {
      ctx.error("CW402", "alertmanager.route", "the root route has no receiver",
          "add receiver: to the root route; it gets every alert no child route takes");
    }
    route(am.route(), "alertmanager.route", receivers.keySet(), intervals, used, ctx);
    if (!dev.cwmon.resolve.IncidentRoutes.automatedAlerts(spec).isEmpty()) {
      used.add(spec.playbooks().receiver());
    }
    for (int i = 0; i < am.receivers().size(); i++) {
      String name = am.receivers().get(i).name();
      if (!used.contains(name)) {
        ctx.warning("CW403", "alertmanager.receivers[" + i + "].name",
            "receiver \"" + name + "\" is not used by any route",
            "route alerts to it, or remove it");
      }
    }
    for (int i = 0; i < am.inhibitRules().size(); i++) {
      inhibit(am.inhibitRules().get(i), "alertmanager.inhibit_rules[" + i + "]", ctx);
    }
    secrets(am.global(), spec, ctx);
  }

  private void route(Route route, String path, Set<String> receivers, Set<String> intervals,
      Set<String> used, CheckContext ctx) {
    if (route.receiver() != null) {
      used.add(route.receiver());
      if (!receivers.contains(route.receiver())) {
        String near = dev.cwmon.bind.Names.didYouMean(route.receiver(), receivers);
        ctx.error("CW401", path + ".receiver", "route to undefined receiver \""
            + route.receiver() + "\"", near != null ? "did you mean \"" + near + "\"?"
            : "define it under alertmanager.receivers");
      }
    }
    if (route.groupBy().contains("...") && route.groupBy().size() > 1) {
      ctx.error("CW405", path + ".group_by", "group_by \"...\" must stand alone",
          "\"...\" already groups by every label; remove the other names");
    }
    for (String label : route.groupBy()) {
      if (!label.equals("...") && !LabelNames.isLabel(label)) {
        ctx.error("CW405", path + ".group_by", "bad label name \"" + label + "\" in group_by",
            "label names are letters, digits and _");
      }
    }
    for (String[] ref : refs(route)) {
      if (!intervals.contains(ref[1])) {
        ctx.error("CW404", path + "." + ref[0], "undefined time interval \"" + ref[1] + "\"",
            "define it under alertmanager.time_intervals");
      }
    }
    oldMatchers(route.match(), false, path + ".match", ctx);
    oldMatchers(route.matchRe(), true, path + ".match_re", ctx);
    for (int i = 0; i < route.routes().size(); i++) {
      route(route.routes().get(i), path + ".routes[" + i + "]", receivers, intervals, used, ctx);
    }
  }

  /**
   * The old {@code match} and {@code match_re} maps, which amtool checks as strictly as
   * matcher lines: label names, and regexes in RE2's syntax.
   */
  private static void oldMatchers(
      Map<String, String> matchers, boolean regex, String path, CheckContext ctx) {
    matchers.forEach((name, value) -> {
      String at = path + "." + name;
      if (!LabelNames.isLabel(name)) {
        ctx.error("CW105", at, "bad label name \"" + name + "\" in " + path,
            "label names are letters, digits and _, not starting with a digit");
      } else if (regex) {
        String problem = dev.cwmon.promql.PromQL.regexProblem(value);
        if (problem != null) {
          ctx.error("CW105", at, "bad regular expression \"" + value + "\": " + problem,
              "Alertmanager uses Go's RE2 syntax; the expression matches the whole label value");
        }
      }
    });
  }

  private static List<String[]> refs(Route route) {
    List<String[]> out = new java.util.ArrayList<>();
    route.muteTimeIntervals().forEach(n -> out.add(new String[] {"mute_time_intervals", n}));
    route.activeTimeIntervals().forEach(n -> out.add(new String[] {"active_time_intervals", n}));
    return out;
  }

  private void inhibit(InhibitRule rule, String path, CheckContext ctx) {
    oldMatchers(rule.sourceMatch(), false, path + ".source_match", ctx);
    oldMatchers(rule.sourceMatchRe(), true, path + ".source_match_re", ctx);
    oldMatchers(rule.targetMatch(), false, path + ".target_match", ctx);
    oldMatchers(rule.targetMatchRe(), true, path + ".target_match_re", ctx);
    if (rule.allSourceMatchers().isEmpty() || rule.allTargetMatchers().isEmpty()) {
      ctx.error("CW406", path, "inhibit rule needs source_matchers and target_matchers",
          "without both it either never or always mutes alerts");
    }
    for (String label : rule.equal()) {
      if (!LabelNames.isLabel(label)) {
        ctx.error("CW406", path + ".equal", "bad label name \"" + label + "\" in equal",
            "label names are letters, digits and _");
      }
    }
  }

  private void receiver(Receiver r, String path, AmGlobal global, Spec spec, CheckContext ctx) {
    Version version = spec.targets().alertmanagerOrDefault();
    for (int i = 0; i < r.webhookConfigs().size(); i++) {
      var w = r.webhookConfigs().get(i);
      String at = path + ".webhook_configs[" + i + "]";
      if ((w.url() == null) == (w.urlFile() == null)) {
        ctx.error("CW141", at, "webhook needs exactly one of url and url_file",
            "give the endpoint's URL, or url_file with a path to a file holding it");
      }
      if (w.urlFile() != null && !version.atLeast(URL_FILE_SINCE)) {
        ctx.error("CW150", at + ".url_file", "webhook url_file is not supported by "
            + "Alertmanager " + version, "write url, or target alertmanager \"0.26\" or later");
      }
      if (w.url() != null && !w.url().matches("https?://[^/\\s?#]+.*")) {
        ctx.error("CW141", at + ".url", "webhook url \"" + w.url() + "\" is not an http or "
            + "https URL", "write the endpoint's full URL, e.g. http://hooks.internal/alerts");
      }
      if (w.url() != null && Secrets.looksSecret(w.url())) {
        ctx.error("CW110", at + ".url", "webhook URL carries credentials (value not shown)",
            version.atLeast(URL_FILE_SINCE) ? "move the URL into a file and use url_file"
                : "Alertmanager " + version + " has no url_file: keep the credentials out of "
                    + "the URL, or target alertmanager \"0.26\" or later and use url_file");
      }
    }
    for (int i = 0; i < r.slackConfigs().size(); i++) {
      if (r.slackConfigs().get(i).apiUrl() == null
          && (global == null || global.slackApiUrl() == null)) {
        ctx.error("CW141", path + ".slack_configs[" + i + "]",
            "slack config has no api_url and global has no slack_api_url",
            "keep the webhook URL in a file: api_url: {file: /etc/alertmanager/secrets/slack} "
                + "in a spec, api_url_file: /etc/alertmanager/secrets/slack in alertmanager.yml");
      }
    }
    for (int i = 0; i < r.pagerdutyConfigs().size(); i++) {
      var p = r.pagerdutyConfigs().get(i);
      if ((p.routingKey() == null) == (p.serviceKey() == null)) {
        ctx.error("CW141", path + ".pagerduty_configs[" + i + "]",
            "pagerduty config needs exactly one of routing_key and service_key",
            "routing_key for Events API v2 integrations, service_key for v1");
      }
    }
    for (int i = 0; i < r.emailConfigs().size(); i++) {
      email(r.emailConfigs().get(i), path + ".email_configs[" + i + "]", global, ctx);
    }
    secretRefs(path, ctx, r.slackConfigs().stream().map(s -> s.apiUrl()).toList(),
        "slack_configs", "api_url");
    secretRefs(path, ctx, r.pagerdutyConfigs().stream().map(p -> p.routingKey()).toList(),
        "pagerduty_configs", "routing_key");
    secretRefs(path, ctx, r.pagerdutyConfigs().stream().map(p -> p.serviceKey()).toList(),
        "pagerduty_configs", "service_key");
    secretRefs(path, ctx, r.emailConfigs().stream().map(e -> e.authPassword()).toList(),
        "email_configs", "auth_password");
  }

  private void email(EmailConfig e, String path, AmGlobal global, CheckContext ctx) {
    if (e.smarthost() == null && (global == null || global.smtpSmarthost() == null)) {
      ctx.error("CW142", path, "email config has no smarthost and global has no smtp_smarthost",
          "set alertmanager.global.smtp_smarthost, e.g. mail.example.com:587");
    }
    if (e.from() == null && (global == null || global.smtpFrom() == null)) {
      ctx.error("CW142", path, "email config has no from and global has no smtp_from",
          "set alertmanager.global.smtp_from");
    }
    if (e.subject() != null && e.headers().keySet().stream()
        .anyMatch(h -> h.equalsIgnoreCase("subject"))) {
      ctx.error("CW142", path + ".subject", "subject is given twice (also in headers)",
          "keep subject, or the Subject header, not both");
    }
  }

  private void secretRefs(
      String path, CheckContext ctx, List<SecretRef> refs, String kind, String field) {
    for (int i = 0; i < refs.size(); i++) {
      envNotSupported(refs.get(i), path + "." + kind + "[" + i + "]." + field, ctx);
    }
  }

  private void secrets(AmGlobal global, Spec spec, CheckContext ctx) {
    if (global == null) {
      return;
    }
    envNotSupported(global.smtpAuthPassword(), "alertmanager.global.smtp_auth_password", ctx);
    envNotSupported(global.slackApiUrl(), "alertmanager.global.slack_api_url", ctx);
    if (global.smtpAuthSecret() != null) {
      ctx.error("CW150", "alertmanager.global.smtp_auth_secret",
          "smtp_auth_secret has no _file form in Alertmanager "
              + spec.targets().alertmanagerOrDefault(),
          "use smtp_auth_password with {file: ...} instead");
    }
  }

  /** Alertmanager does not expand environment variables: secrets must come from files. */
  private static void envNotSupported(SecretRef ref, String path, CheckContext ctx) {
    if (ref != null && !ref.isFile()) {
      ctx.error("CW112", path, "Alertmanager cannot read secrets from environment variables",
          "write {file: /etc/alertmanager/secrets/name}; Alertmanager reads the *_file field");
    }
  }
}
