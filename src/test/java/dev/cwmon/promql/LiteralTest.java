package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LiteralTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "1        | 1.0",
    "1.5      | 1.5",
    ".5       | 0.5",
    "5.       | 5.0",
    "1e3      | 1000.0",
    "1E-2     | 0.01",
    "2.5e+1   | 25.0",
    "0x1F     | 31.0",
    "0X1e3    | 483.0",
    "017      | 15.0",
    "08       | 8.0",
    "-7       | -7.0",
    "1e-400   | 0.0",
    "99999999999999999999 | 1.0E20",
    "Inf      | Infinity",
    "-inf     | -Infinity",
    "NaN      | NaN",
    "nAn      | NaN",
  })
  void numbersFollowGoParsing(String promql, double value) {
    NumberLiteral n = (NumberLiteral) PromQL.parse(promql);

    assertThat(Double.valueOf(n.value())).isEqualTo(Double.valueOf(value));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
    "\"plain\"            | plain",
    "'single'             | single",
    "`raw \\n stays`      | raw \\n stays",
    "\"tab\\there\"       | ~tab\there~",
    "'it\\'s'             | it's",
    "\"q\\\"q\"           | q\"q",
    "\"\\x41\\101\\u0042\\U00000043\" | AABC",
    "\"\\a\\b\\f\\v\\\\\" | ~\u0007\b\f\u000b\\~",
  })
  void stringsDecodeGoEscapes(String promql, String value) {
    StringLiteral s = (StringLiteral) PromQL.parse(promql);

    assertThat(s.value()).isEqualTo(value);
  }

  @Test
  void commentsAndNewlinesAreWhitespace() {
    String promql = "# leading comment\nsum by (job) ( # inside parens\n"
        + "  rate(up{job=\"a\", # inside braces\n}[5m # inside brackets\n])\n) # trailing";

    assertThat(Sexpr.of(promql)).isEqualTo("(sum by[job] (rate (range up{job='a'} 5m)))");
  }

  @Test
  void carriageReturnsAndTabsAreWhitespace() {
    assertThat(Sexpr.of("a\r\n+\tb")).isEqualTo("(+ a b)");
  }
}
