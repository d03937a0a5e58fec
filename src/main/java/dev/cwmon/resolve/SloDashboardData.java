package dev.cwmon.resolve;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.slo.Slo;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an SLO dashboard shows, as PromQL over the recorded series: the budget left over the
 * period, and the burn rate per window with the factor above which an alert fires.
 */
public record SloDashboardData(
    String slo,
    double objective,
    PromDuration period,
    List<String> by,
    String budgetRemaining,
    List<BurnRate> burnRates) {
  public SloDashboardData {
    by = List.copyOf(by);
    burnRates = List.copyOf(burnRates);
  }

  /**
   * The burn rate over one window ({@code slo:x:error_ratio_rate1h / 0.001}); 1 spends the
   * budget exactly over the period. {@code alertFactor} is null for windows that are no
   * generated alert's long window: short windows, the period, and the long window of an alert
   * left out because it could never fire (CW196).
   */
  public record BurnRate(PromDuration window, String expr, BigDecimal alertFactor) {}

  public static SloDashboardData of(Slo slo) {
    List<BurnRate> rates = new ArrayList<>();
    for (PromDuration window : SloRules.windows(slo)) {
      BigDecimal factor = SloRules.alerting(slo).stream()
          .filter(w -> w.longWindow().equals(window))
          .map(w -> w.factor(slo.period())).findFirst().orElse(null);
      rates.add(new BurnRate(window, SloRules.ratioName(slo, window) + " / "
          + SloRules.budget(slo).toPlainString(), factor));
    }
    return new SloDashboardData(slo.name(), slo.objective(), slo.period(), slo.by(),
        SloRules.budgetName(slo), rates);
  }
}
