package dev.cwmon.gotemplate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Checks Go text/template sources as Prometheus alerting rules and Alertmanager receivers use
 * them: first everything Go's own parser rejects, with its messages, then what would fail when
 * the template runs against the dialect's data.
 *
 * <p>For example {@code check("{{ $value | humanizePercentag }}", PROMETHEUS_RULE)} reports
 * {@code 1:13: function "humanizePercentag" not defined}.
 */
public final class GoTemplate {
  private GoTemplate() {}

  /** All problems in {@code text}, sorted by position; empty when the template is fine. */
  public static List<TemplateProblem> check(String text, Dialect dialect) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dialect, "dialect");
    ParsedTemplate parsed;
    try {
      parsed = Parser.parse(text, dialect);
    } catch (TemplateException e) {
      return List.of(e.problem());
    }
    return new Checker(dialect, parsed, new SourceMap(text)).run().problems().stream()
        .sorted(Comparator.comparingInt(TemplateProblem::offset))
        .toList();
  }

  /**
   * The calls in {@code text} of templates that neither the text defines nor the dialect has
   * built in (Alertmanager's default.tmpl); empty when the text does not parse. In
   * Alertmanager such a call is fine only if a file under {@code templates:} defines the name.
   */
  public static List<TemplateProblem> undefinedCalls(String text, Dialect dialect) {
    ParsedTemplate parsed;
    try {
      parsed = parse(text, dialect);
    } catch (TemplateException e) {
      return List.of();
    }
    return new Checker(dialect, parsed, new SourceMap(text)).run().undefinedCalls().stream()
        .sorted(Comparator.comparingInt(TemplateProblem::offset))
        .toList();
  }

  /**
   * Parses {@code text}, applying the checks Go's parser makes.
   *
   * @throws TemplateException at the first syntax error, as Go stops there too
   */
  public static ParsedTemplate parse(String text, Dialect dialect) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(dialect, "dialect");
    return Parser.parse(text, dialect);
  }

  /**
   * Every alert label {@code text} reads, in order: {@code $labels.x}, {@code .Labels.x} and
   * {@code index $labels "x"} in a rule; {@code .Labels.x}, {@code .CommonLabels.x} and
   * {@code .GroupLabels.x} in a notification. Lets a caller verify that the alert's
   * expression keeps each label.
   *
   * @throws TemplateException when {@code text} does not parse
   */
  public static List<LabelReference> labelReferences(String text, Dialect dialect) {
    ParsedTemplate parsed = parse(text, dialect);
    return new Checker(dialect, parsed, new SourceMap(text)).run().references().stream()
        .sorted(Comparator.comparingInt(LabelReference::offset))
        .toList();
  }
}
