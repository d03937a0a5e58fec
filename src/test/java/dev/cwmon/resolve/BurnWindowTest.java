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
  void factorsFollowThePeriod() {
    assertThat(factors("28d")).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("13.44"), new BigDecimal("5.6"), new BigDecimal("2.8"),
            new BigDecimal("0.9333"));
  }
}
