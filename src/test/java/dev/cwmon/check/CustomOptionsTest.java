package dev.cwmon.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomOptionsTest {
  @Test
  void valuesGrafanaReadsBackUnchangedHaveNoProblem() {
    assertThat(CustomOptions.problem("prod", false)).isNull();
    assertThat(CustomOptions.problem("c:d", false)).isNull();
    assertThat(CustomOptions.problem("a,b", false)).isNull();
    assertThat(CustomOptions.problem("a\\,b", false)).isNull();
    assertThat(CustomOptions.problem("ends\\", true)).isNull();
    assertThat(CustomOptions.problem("a\n : b", false)).isNull();
  }

  @Test
  void aColonBetweenAnyJavaScriptWhiteSpaceIsReadAsTextAndValue() {
    assertThat(CustomOptions.problem("a : b", false)).contains("text : value");
    assertThat(CustomOptions.problem("a\t:\tb", false)).contains("text : value");
    assertThat(CustomOptions.problem("a\u00a0:\u3000b", false)).contains("text : value");
  }

  @Test
  void whiteSpaceAtEitherEndIsTrimmed() {
    assertThat(CustomOptions.problem("- ", false)).contains("trims");
    assertThat(CustomOptions.problem("\u3000x", true)).contains("trims");
    assertThat(CustomOptions.problem("x\n", true)).contains("trims");
  }

  @Test
  void anEmptyValueIsDropped() {
    assertThat(CustomOptions.problem("", true)).contains("drops");
  }

  @Test
  void aTrailingBackslashJoinsTheNextValue() {
    assertThat(CustomOptions.problem("ends\\", false)).contains("backslash");
  }
}
