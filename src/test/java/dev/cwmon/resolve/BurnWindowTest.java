package dev.cwmon.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.model.PromDuration;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BurnWindowTest {
  private static BigDecimal[] factors(String period) {
    return BurnWindow.STANDARD.stream()
        .map(w -> w.factor(PromDuration.parseOrNull(period))).toArray(BigDecimal[]::new);
  }

  @Test
  void factorsFor30dAreTheWorkbooksOnes() {
    assertThat(factors("30d")).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("14.4"), new BigDecimal("6"), new BigDecimal("3"),
            new BigDecimal("1"));
  }

  @Test
  void factorsOfAShortPeriodAreTheBudgetShareOverTheWindow() {
    assertThat(factors("1d")).usingElementComparator(BigDecimal::compareTo)
        .startsWith(new BigDecimal("0.48"), new BigDecimal("0.2"), new BigDecimal("0.1"));
  }

  @Test
  void anAlertFitsAPeriodNoShorterThanItsLongWindow() {
    assertThat(BurnWindow.STANDARD.stream().filter(w -> w.fits(PromDuration.parseOrNull("1d"))))
        .extracting(BurnWindow::pair).containsExactly("1h/5m", "6h/30m", "1d/2h");
    assertThat(BurnWindow.shortestLongWindow()).hasToString("1h");
  }

  @Test
  void factorsFollowThePeriod() {
    assertThat(factors("28d")).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("13.44"), new BigDecimal("5.6"), new BigDecimal("2.8"),
            new BigDecimal("0.9333"));
  }
}
