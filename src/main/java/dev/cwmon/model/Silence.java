package dev.cwmon.model;

import java.util.List;

/**
 * Silences one lint check, with the reason kept in lint's output. Under a rule it applies to
 * that rule; under {@code lint.silence} to the spec paths starting with {@code path}, or to
 * the rules of alert {@code alert}. With {@code environments}, only when generating or linting
 * for one of them.
 */
@Doc("Silences one check code where it applies, with a reason that lint keeps in its output.")
public record Silence(
    @Required String code,
    @Required String reason,
    String path,
    String alert,
    List<String> environments) {
  public Silence {
    environments = List.copyOf(environments);
  }

  public boolean appliesIn(String environment) {
    return environments.isEmpty() || environment != null && environments.contains(environment);
  }
}
