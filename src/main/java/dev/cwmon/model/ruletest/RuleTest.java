package dev.cwmon.model.ruletest;

import dev.cwmon.model.OrderedMap;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Required;
import java.util.List;
import java.util.Map;

/**
 * One test group of {@code promtool test rules}, written in promtool's own format. Expected
 * alerts need only name the labels and annotations the test cares about.
 */
public record RuleTest(
    String name,
    PromDuration interval,
    Map<String, String> externalLabels,
    List<InputSeries> inputSeries,
    List<AlertTest> alertRuleTest,
    List<ExprTest> promqlExprTest) {
  public RuleTest {
    externalLabels = OrderedMap.copyOf(externalLabels);
    inputSeries = List.copyOf(inputSeries);
    alertRuleTest = List.copyOf(alertRuleTest);
    promqlExprTest = List.copyOf(promqlExprTest);
  }

  /** A series and its values in promtool's expanding notation, e.g. {@code 0+10x100}. */
  public record InputSeries(
      @Required String series, @Required String values) {}

  /** The alerts of one name expected at one time. */
  public record AlertTest(
      @Required PromDuration evalTime,
      @Required String alertname,
      List<ExpAlert> expAlerts) {
    public AlertTest {
      expAlerts = List.copyOf(expAlerts);
    }
  }

  /** One expected alert: the labels and annotations it must have (others are allowed). */
  public record ExpAlert(Map<String, String> expLabels, Map<String, String> expAnnotations) {
    public ExpAlert {
      expLabels = OrderedMap.copyOf(expLabels);
      expAnnotations = OrderedMap.copyOf(expAnnotations);
    }
  }

  /** The samples a PromQL expression is expected to return at one time. */
  public record ExprTest(
      @Required String expr,
      @Required PromDuration evalTime,
      List<ExpSample> expSamples) {
    public ExprTest {
      expSamples = List.copyOf(expSamples);
    }
  }

  /** One expected sample: its series in selector form and its value. */
  public record ExpSample(String labels, @Required Double value) {}
}
