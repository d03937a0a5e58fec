package dev.cwmon.resolve;

import dev.cwmon.model.PromDuration;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * One multi-window burn-rate alert of the Google SRE workbook: it fires when both the long and
 * the short window burn the error budget faster than {@code budgetFraction} of the period's
 * budget would be spent within the long window.
 */
public record BurnWindow(
    String severity, PromDuration longWindow, PromDuration shortWindow, BigDecimal budgetFraction) {
  /** Page on 2% of the budget in 1h or 5% in 6h; ticket on 10% in 1d or in 3d. */
  public static final List<BurnWindow> STANDARD = List.of(
      of("critical", "1h", "5m", "0.02"),
      of("critical", "6h", "30m", "0.05"),
      of("warning", "1d", "2h", "0.1"),
      of("warning", "3d", "6h", "0.1"));

  private static BurnWindow of(String severity, String longWindow, String shortWindow,
      String fraction) {
    return new BurnWindow(severity, PromDuration.parseOrNull(longWindow),
        PromDuration.parseOrNull(shortWindow), new BigDecimal(fraction));
  }

  /** The longest window any alert looks at; shorter SLO periods make no sense. */
  public static PromDuration longest() {
    return STANDARD.stream().map(BurnWindow::longWindow).max(PromDuration::compareTo)
        .orElseThrow();
  }

  /** The shortest long window, 1h: a period shorter than that leaves no alert at all. */
  public static PromDuration shortestLongWindow() {
    return STANDARD.stream().map(BurnWindow::longWindow).min(PromDuration::compareTo)
        .orElseThrow();
  }

  /**
   * Whether the alert means something for an SLO over {@code period}: its long window is no
   * longer than the period. A 1d SLO has no 3d budget to spend 10% of.
   */
  public boolean fits(PromDuration period) {
    return longWindow.compareTo(period) <= 0;
  }

  /** The pair as people name it, e.g. {@code 1h/5m}. */
  public String pair() {
    return longWindow + "/" + shortWindow;
  }

  /**
   * The burn-rate factor: budget fraction times period over long window. For 30d that is 14.4,
   * 6, 3 and 1; for 28d 13.44, 5.6, 2.8 and 0.9333.
   */
  public BigDecimal factor(PromDuration period) {
    BigDecimal ratio = BigDecimal.valueOf(period.millis())
        .divide(BigDecimal.valueOf(longWindow.millis()), MathContext.DECIMAL64);
    return budgetFraction.multiply(ratio).round(new MathContext(4)).stripTrailingZeros();
  }

  /** The budget fraction as a percentage for people, e.g. {@code 2%}. */
  public String percent() {
    return budgetFraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}
