package dev.cwmon.gotemplate;

import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The function names each template engine defines. Every list below was confirmed against the
 * Debian builds installed here: each name was tried in a template and accepted, and the names
 * newer releases added were tried and rejected with {@code function "x" not defined}.
 */
final class Functions {
  /**
   * Go's predefined functions (text/template package docs, "Functions", Go 1.19, the toolchain
   * promtool 2.42.0 and amtool 0.25.0 were built with).
   */
  static final Set<String> GO_BUILTINS =
      Set.of(
          "and", "call", "eq", "ge", "gt", "html", "index", "js", "le", "len", "lt", "ne", "not",
          "or", "print", "printf", "println", "slice", "urlquery");

  /**
   * Prometheus 2.42 {@code template.NewTemplateExpander} functions (docs/configuration/
   * template_reference.md of that release, probed with {@code promtool check rules} 2.42.0:
   * {@code toDuration}, {@code now} and {@code urlUnescape} are rejected, they came later).
   */
  static final Set<String> PROMETHEUS_2_42 =
      Set.of(
          "args", "externalURL", "first", "graphLink", "humanize", "humanize1024",
          "humanizeDuration", "humanizePercentage", "humanizeTimestamp", "label", "match",
          "parseDuration", "pathPrefix", "query", "reReplaceAll", "safeHtml", "sortByLabel",
          "stripDomain", "stripPort", "strvalue", "tableLink", "title", "toLower", "toTime",
          "toUpper", "value");

  /**
   * Alertmanager 0.25 {@code template.DefaultFuncs} (template/template.go of v0.25.0, probed
   * with {@code amtool check-config} 0.25.0 on a templates file: {@code trimSpace}, {@code date},
   * {@code tz}, {@code since}, {@code humanizeDuration} and {@code routeLabels} are rejected).
   */
  static final Set<String> ALERTMANAGER_0_25 =
      Set.of(
          "join", "match", "reReplaceAll", "safeHtml", "stringSlice", "title", "toLower",
          "toUpper");

  private Functions() {}

  static SortedSet<String> union(Set<String> first, Set<String> second) {
    SortedSet<String> all = new TreeSet<>(first);
    all.addAll(second);
    return Collections.unmodifiableSortedSet(all);
  }
}
