package dev.cwmon.render;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.alertmanager.InhibitRule;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.model.alertmanager.Route;
import dev.cwmon.model.alertmanager.TimeInterval;
import dev.cwmon.model.kubernetes.AlertmanagerConfigSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

/**
 * The alertmanager section as the {@code spec} of a Prometheus Operator AlertmanagerConfig
 * ({@code monitoring.coreos.com/v1alpha1}): the routing tree, receivers, inhibit rules and
 * time intervals in the Operator's camelCase form. What the resource cannot hold comes back
 * as {@link Unsupported}; the checks report it (CW184), so that such a spec is never rendered.
 */
public final class AlertmanagerConfigView {
  /** A part of the spec the resource cannot express: where it is, why, and what to do. */
  public record Unsupported(String path, String message, String hint) {}

  /** The resource's spec, and what it could not hold (empty when it holds everything). */
  public record Result(Map<String, Object> spec, List<Unsupported> unsupported) {}

  private static final Pattern DAYS = Pattern.compile("(-?[0-9]{1,2})(?::(-?[0-9]{1,2}))?");

  private final Problems problems = new Problems();

  private AlertmanagerConfigView() {}

  public static Result of(AlertmanagerSpec am, AlertmanagerConfigSpec settings) {
    AlertmanagerConfigView view = new AlertmanagerConfigView();
    OperatorReceivers receivers =
        new OperatorReceivers(am.global(), settings.secrets(), view.problems);
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("route", view.route(am.route(), "alertmanager.route"));
    Tree.putIfPresent(spec, "receivers", indexed(am.receivers(), "alertmanager.receivers",
        receivers::receiver));
    Tree.putIfPresent(spec, "inhibitRules", indexed(am.inhibitRules(),
        "alertmanager.inhibit_rules", (rule, path) -> inhibitRule(rule)));
    Tree.putIfPresent(spec, "muteTimeIntervals", indexed(am.timeIntervals(),
        "alertmanager.time_intervals", view::timeInterval));
    receivers.reportMissingSecret();
    return new Result(spec, view.problems.all());
  }

  /** Each item's view, given the item and its spec path ({@code path[i]}). */
  static <T> List<Object> indexed(List<T> items, String path,
      BiFunction<T, String, Object> view) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      out.add(view.apply(items.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  /**
   * A route; old-style {@code match} and {@code match_re} become matchers. The Operator adds a
   * {@code namespace} matcher to the top route and makes it continue (see docs/gitops.md).
   */
  private Map<String, Object> route(Route route, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    Tree.putIfPresent(out, "receiver", route.receiver());
    Tree.putIfPresent(out, "groupBy", route.groupBy());
    Tree.putIfPresent(out, "continue", route.continueMatching());
    Tree.putIfPresent(out, "matchers", matchers(route.allMatchers()));
    Tree.putIfPresent(out, "groupWait", duration(route.groupWait()));
    Tree.putIfPresent(out, "groupInterval", duration(route.groupInterval()));
    Tree.putIfPresent(out, "repeatInterval", duration(route.repeatInterval()));
    Tree.putIfPresent(out, "muteTimeIntervals", route.muteTimeIntervals());
    Tree.putIfPresent(out, "activeTimeIntervals", route.activeTimeIntervals());
    Tree.putIfPresent(out, "routes", indexed(route.routes(), path + ".routes", this::route));
    return out;
  }

  private static String duration(PromDuration duration) {
    return duration == null ? null : duration.toString();
  }

  static List<Object> matchers(List<Matcher> matchers) {
    List<Object> out = new ArrayList<>();
    for (Matcher m : matchers) {
      Map<String, Object> matcher = new LinkedHashMap<>();
      matcher.put("name", m.name());
      matcher.put("value", m.value());
      matcher.put("matchType", m.op().text());
      out.add(matcher);
    }
    return out;
  }

  private static Map<String, Object> inhibitRule(InhibitRule rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    Tree.putIfPresent(out, "sourceMatch", matchers(rule.allSourceMatchers()));
    Tree.putIfPresent(out, "targetMatch", matchers(rule.allTargetMatchers()));
    Tree.putIfPresent(out, "equal", rule.equal());
    return out;
  }

  private Map<String, Object> timeInterval(TimeInterval interval, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", interval.name());
    Tree.putIfPresent(out, "timeIntervals",
        indexed(interval.timeIntervals(), path + ".time_intervals", this::period));
    return out;
  }

  /** A period; weekdays lowercase, as the CRD's pattern wants, and days as start and end. */
  private Map<String, Object> period(TimeInterval.Period period, String path) {
    if (period.location() != null && !period.location().equals("UTC")) {
      problems.add(path + ".location", "time zone \"" + period.location() + "\": the "
          + "AlertmanagerConfig resource has no location, its times are UTC",
          "write the times in UTC and remove location, or remove kubernetes.alertmanager_config");
    }
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> times = new ArrayList<>();
    for (TimeInterval.TimeRange range : period.times()) {
      Map<String, Object> time = new LinkedHashMap<>();
      time.put("startTime", range.startTime());
      time.put("endTime", range.endTime());
      times.add(time);
    }
    Tree.putIfPresent(out, "times", times);
    Tree.putIfPresent(out, "weekdays",
        period.weekdays().stream().map(d -> d.toLowerCase(Locale.ROOT)).toList());
    Tree.putIfPresent(out, "daysOfMonth",
        indexed(period.daysOfMonth(), path + ".days_of_month", this::days));
    Tree.putIfPresent(out, "months", period.months());
    Tree.putIfPresent(out, "years", period.years());
    return out;
  }

  /** {@code 1:7} as {@code {start: 1, end: 7}}, {@code -1} as {@code {start: -1, end: -1}}. */
  private Map<String, Object> days(String range, String path) {
    java.util.regex.Matcher m = DAYS.matcher(range);
    Map<String, Object> out = new LinkedHashMap<>();
    if (!m.matches() || outOfRange(m.group(1)) || m.group(2) != null && outOfRange(m.group(2))) {
      problems.add(path, "bad day of month \"" + range + "\"",
          "write a day from 1 to 31 (or -1 to -31 from the month's end), or a range such as 1:7");
      return out;
    }
    out.put("start", Long.parseLong(m.group(1)));
    out.put("end", Long.parseLong(m.group(2) != null ? m.group(2) : m.group(1)));
    return out;
  }

  private static boolean outOfRange(String day) {
    int d = Integer.parseInt(day);
    return d == 0 || d < -31 || d > 31;
  }

  /** The problems found, at most one per spec path, in the order they were found. */
  static final class Problems {
    private final Map<String, Unsupported> byPath = new LinkedHashMap<>();

    void add(String path, String message, String hint) {
      byPath.putIfAbsent(path, new Unsupported(path, message, hint));
    }

    List<Unsupported> all() {
      return List.copyOf(byPath.values());
    }
  }
}
