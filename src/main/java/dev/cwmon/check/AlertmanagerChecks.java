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
import java.util.Locale;
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
      if (r.name().isEmpty()) {
        ctx.error("CW140", "alertmanager.receivers[" + i + "].name", "receiver name is empty",
            "name the receiver; routes refer to it by name");
      } else if (receivers.putIfAbsent(r.name(), i) != null) {
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
    root(am.route(), ctx);
    route(am.route(), "alertmanager.route", receivers.keySet(), intervals, used, ctx);
    for (int i = 0; i < am.timeIntervals().size(); i++) {
      timeInterval(am.timeIntervals().get(i), "alertmanager.time_intervals[" + i + "]", ctx);
    }
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
    global(am.global(), ctx);
  }

  /** What amtool refuses in global: a smarthost without a port, a URL that is not HTTP. */
  private static void global(AmGlobal g, CheckContext ctx) {
    if (g == null) {
      return;
    }
    if (g.smtpSmarthost() != null && !HOST_PORT.matcher(g.smtpSmarthost()).matches()) {
      ctx.error("CW142", "alertmanager.global.smtp_smarthost", "smtp_smarthost \""
          + g.smtpSmarthost() + "\" has no port", "write host:port, e.g. mail.example.com:587");
    }
    httpUrl(g.pagerdutyUrl(), "alertmanager.global.pagerduty_url", "CW141", ctx);
  }

  /** A URL's scheme and authority, as Go's url.Parse splits them off. */
  private static final java.util.regex.Pattern URL_START =
      java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):(?://([^/?#]*))?");

  /**
   * Refuses a URL Alertmanager refuses when it loads the file: one that does not parse, or
   * whose scheme is not http or https, or that has no host.
   */
  private static void httpUrl(String url, String path, String code, CheckContext ctx) {
    if (url == null) {
      return;
    }
    java.util.regex.Matcher m = URL_START.matcher(url);
    String scheme = m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    String problem = !scheme.equals("http") && !scheme.equals("https")
        ? "has unsupported scheme \"" + scheme + "\""
        : m.group(2) == null || m.group(2).isEmpty() ? "has no host" : null;
    if (problem != null) {
      ctx.error(code, path, "URL \"" + url + "\" " + problem,
          "write the full http or https URL, e.g. https://events.pagerduty.com/v2/enqueue");
    }
  }

  /** The root route takes every alert: it can neither match nor continue. */
  private static void root(Route root, CheckContext ctx) {
    if (Boolean.TRUE.equals(root.continueMatching())) {
      ctx.error("CW407", "alertmanager.route.continue", "the root route cannot continue",
          "remove continue: from the root route; there is no sibling to continue to");
    }
    if (!root.allMatchers().isEmpty()) {
      ctx.error("CW407", "alertmanager.route", "the root route must not have matchers",
          "the root route takes every alert; move the matchers to a child route");
    }
  }

  private static void timeInterval(TimeInterval interval, String path, CheckContext ctx) {
    for (int p = 0; p < interval.timeIntervals().size(); p++) {
      TimeInterval.Period period = interval.timeIntervals().get(p);
      String at = path + ".time_intervals[" + p + "]";
      for (int t = 0; t < period.times().size(); t++) {
        TimeInterval.TimeRange range = period.times().get(t);
        Integer start = minutes(range.startTime());
        Integer end = minutes(range.endTime());
        if (start == null || end == null || end > 24 * 60) {
          ctx.error("CW408", at + ".times[" + t + "]", "times must be HH:MM from 00:00 to 24:00",
              "write e.g. start_time: '09:00', end_time: '17:00'");
        } else if (start >= end) {
          ctx.error("CW408", at + ".times[" + t + "]", "start_time " + range.startTime()
              + " is not before end_time " + range.endTime(), "Alertmanager refuses a range "
              + "across midnight; write two ranges, up to 24:00 and from 00:00");
        }
      }
      ranges(period.weekdays(), at + ".weekdays", "weekday", AlertmanagerChecks::weekday, ctx);
      ranges(period.daysOfMonth(), at + ".days_of_month", "day", AlertmanagerChecks::dayOfMonth,
          ctx);
      ranges(period.months(), at + ".months", "month", AlertmanagerChecks::month, ctx);
      ranges(period.years(), at + ".years", "year", AlertmanagerChecks::year, ctx);
      if (period.location() != null && !validZone(period.location())) {
        ctx.error("CW408", at + ".location", "unknown time zone \"" + period.location() + "\"",
            "write an IANA zone such as Europe/Berlin, or Local or UTC");
      }
    }
  }

  private static final List<String> WEEK = List.of("sunday", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday");

  private static final List<String> MONTHS = List.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");

  /**
   * Ranges ({@code start:end}) that Alertmanager refuses because they end before they start:
   * saturday:sunday, december:january, 7:1 in days_of_month, 2027:2026. Values it cannot read
   * are refused too; {@code value} gives null for them.
   */
  private static void ranges(List<String> items, String path, String kind,
      java.util.function.Function<String, Integer> value, CheckContext ctx) {
    for (int i = 0; i < items.size(); i++) {
      String[] ends = items.get(i).toLowerCase(Locale.ROOT).split(":", -1);
      Integer start = ends.length == 2 ? value.apply(ends[0]) : null;
      Integer end = ends.length == 2 ? value.apply(ends[1]) : null;
      if (ends.length == 1 && value.apply(ends[0]) == null
          || ends.length == 2 && (start == null || end == null) || ends.length > 2) {
        ctx.error("CW408", path + "[" + i + "]", "bad " + kind + " \"" + items.get(i) + "\"",
            kindHint(kind));
      } else if (neverOccurs(kind, ends, value)) {
        ctx.warning("CW408", path + "[" + i + "]", kind + " \"" + items.get(i)
            + "\" never occurs, so this interval never matches", kindHint(kind));
      } else if (start != null && end != null && backwards(kind, start, end)) {
        ctx.error("CW408", path + "[" + i + "]", kind + " range \"" + items.get(i)
            + "\" ends before it starts", "Alertmanager refuses it; a range cannot wrap"
            + " around: write two ranges, e.g. saturday:saturday and sunday:sunday");
      }
    }
  }

  /** A month outside 1 to 12 or a year before 1, which Alertmanager loads but never meets. */
  private static boolean neverOccurs(String kind, String[] ends,
      java.util.function.Function<String, Integer> value) {
    for (String end : ends) {
      Integer n = value.apply(end);
      if (n != null && (kind.equals("month") && (n < 1 || n > 12)
          || kind.equals("year") && n < 1)) {
        return true;
      }
    }
    return false;
  }

  private static boolean backwards(String kind, int start, int end) {
    if (kind.equals("day")) {
      // Negative days count from the month's end: 1:-1 is the whole month, -1:5 no range.
      return start < 0 && end > 0 || start > 0 && end > 0 && end < start
          || start < 0 && end < 0 && end < start;
    }
    return end < start;
  }

  private static String kindHint(String kind) {
    return switch (kind) {
      case "day" -> "write 1 to 31, or -31 to -1 counting from the end, or a range such as 1:7";
      case "weekday" -> "write monday to sunday, or a range such as monday:friday";
      case "month" -> "write january to december or 1 to 12, or a range such as 1:3";
      default -> "write a year such as 2026, or a range such as 2026:2027";
    };
  }

  private static Integer weekday(String name) {
    int i = WEEK.indexOf(name);
    return i < 0 ? null : i;
  }

  private static Integer dayOfMonth(String text) {
    Integer n = integer(text);
    return n == null || n == 0 || Math.abs(n) > 31 ? null : n;
  }

  private static Integer month(String text) {
    int i = MONTHS.indexOf(text);
    if (i >= 0) {
      return i + 1;
    }
    // Alertmanager reads any number as a month; one outside 1 to 12 is warned about below.
    return integer(text);
  }

  private static Integer year(String text) {
    return integer(text);
  }

  private static Integer integer(String text) {
    return text.matches("-?\\d{1,9}") ? Integer.valueOf(text) : null;
  }

  private static Integer minutes(String hhmm) {
    if (hhmm == null || !hhmm.matches("\\d{2}:\\d{2}")) {
      return null;
    }
    int h = Integer.parseInt(hhmm.substring(0, 2));
    int m = Integer.parseInt(hhmm.substring(3));
    return m < 60 ? h * 60 + m : null;
  }

  private static boolean validZone(String zone) {
    if (zone.equals("Local") || zone.equals("UTC")) {
      return true;
    }
    // Go loads IANA names; Java also takes offsets (+01:00, UTC+1), which Go refuses.
    try {
      return !(java.time.ZoneId.of(zone) instanceof java.time.ZoneOffset)
          && (zone.equals("GMT") || !zone.matches("(UTC|GMT|UT)[+-].*"));
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }

  private void route(Route route, String path, Set<String> receivers, Set<String> intervals,
      Set<String> used, CheckContext ctx) {
    for (String timing : List.of("group_interval", "repeat_interval")) {
      var value = timing.equals("group_interval") ? route.groupInterval()
          : route.repeatInterval();
      if (value != null && value.millis() == 0) {
        ctx.error("CW407", path + "." + timing, timing + " cannot be zero",
            "Alertmanager refuses it; write e.g. 5m for group_interval, 4h for repeat_interval");
      }
    }
    Set<String> grouped = new HashSet<>();
    for (String label : route.groupBy()) {
      if (!grouped.add(label)) {
        ctx.error("CW405", path + ".group_by", "label \"" + label + "\" is twice in group_by",
            "list each label once");
      }
    }
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
    for (int i = 0; i < route.groupBy().size(); i++) {
      String label = route.groupBy().get(i);
      if (!label.equals("...") && !LabelNames.isLabel(label)) {
        ctx.error("CW405", path + ".group_by[" + i + "]",
            "bad label name \"" + label + "\" in group_by",
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
        ctx.errorAtKey("CW105", at, "bad label name \"" + name + "\" in " + path,
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
    for (int i = 0; i < rule.equal().size(); i++) {
      String label = rule.equal().get(i);
      if (!LabelNames.isLabel(label)) {
        ctx.error("CW406", path + ".equal[" + i + "]",
            "bad label name \"" + label + "\" in equal",
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
      if (w.maxAlerts() != null && w.maxAlerts() < 0) {
        ctx.error("CW141", at + ".max_alerts", "max_alerts must not be negative",
            "write 0 to send every alert");
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
      httpUrl(p.url(), path + ".pagerduty_configs[" + i + "].url", "CW141", ctx);
      if (p.routingKey() == null && p.serviceKey() == null) {
        ctx.error("CW141", path + ".pagerduty_configs[" + i + "]",
            "pagerduty config needs routing_key or service_key",
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

  /** host:port as Go's net.SplitHostPort takes it; IPv6 hosts in brackets. */
  private static final java.util.regex.Pattern HOST_PORT =
      java.util.regex.Pattern.compile("(\\[[^\\]]*\\]|[^:\\[\\]]*):[^:\\[\\]]+");

  private void email(EmailConfig e, String path, AmGlobal global, CheckContext ctx) {
    if (e.smarthost() == null && (global == null || global.smtpSmarthost() == null)) {
      ctx.error("CW142", path, "email config has no smarthost and global has no smtp_smarthost",
          "set alertmanager.global.smtp_smarthost, e.g. mail.example.com:587");
    }
    if (e.smarthost() != null && !HOST_PORT.matcher(e.smarthost()).matches()) {
      ctx.error("CW142", path + ".smarthost", "smarthost \"" + e.smarthost() + "\" has no port",
          "write host:port, e.g. mail.example.com:587");
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
