package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "up                              | up",
    "job:up:sum                      | job:up:sum",
    "up{job=\"a\",env!=\"b\",x=~\"c.*\",y!~\"d\"} | up{job='a',env!='b',x=~'c.*',y!~'d'}",
    "{__name__=\"up\"}               | {__name__='up'}",
    "up{job='a',}                    | up{job='a'}",
    "up{}                            | up",
    "up{by='x', offset='y'}          | up{by='x',offset='y'}",
    "up offset 5m                    | up offset 300000ms",
    "up offset -1h                   | up offset -3600000ms",
    "up @ 1609746000                 | up @1.609746E9",
    "up @ -5                         | up @-5.0",
    "up @ start()                    | up @start",
    "up @ end() offset 1m            | up offset 60000ms @end",
    "up offset 1m @ end()            | up offset 60000ms @end",
    "up[5m]                          | (range up 5m)",
    "up[1h30m] offset 1d             | (range up offset 86400000ms 1h30m)",
    "up[5m] @ start()                | (range up @start 5m)",
    "up[1h:5m]                       | (subquery up 1h:5m)",
    "up[1h:]                         | (subquery up 1h:)",
    "up[ 1h : 5m ]                   | (subquery up 1h:5m)",
    "rate(up[5m])[1h:] offset 1m     | (subquery (rate (range up 5m)) 1h: offset 60000ms)",
    "(up)[1h:1m] @ 100               | (subquery [up] 1h:1m @100.0)",
    "up offset 5m [1h:1m]            | (subquery up offset 300000ms 1h:1m)",
  })
  void selectorsKeepMatchersRangesAndModifiers(String promql, String shape) {
    assertThat(Sexpr.of(promql)).isEqualTo(shape);
  }

  @Test
  void negativeOffsetIsKeptSigned() {
    VectorSelector v = (VectorSelector) PromQL.parse("up offset -90s");

    assertThat(v.offset()).isEqualTo(Duration.ofSeconds(-90));
  }

  @Test
  void rangeModifiersLiveOnTheInnerSelector() {
    MatrixSelector m = (MatrixSelector) PromQL.parse("up[5m] offset 1h @ 10");

    assertThat(m.selector().offset()).isEqualTo(Duration.ofHours(1));
    assertThat(m.selector().at()).isEqualTo(new AtModifier(AtModifier.Kind.TIMESTAMP, 10));
    assertThat(m.span()).isEqualTo(new Span(0, 21));
  }

  @Test
  void subqueryWithoutStepHasEmptyStep() {
    Subquery q = (Subquery) PromQL.parse("up[1h:]");

    assertThat(q.step()).isEmpty();
    assertThat(q.range().millis()).isEqualTo(3_600_000);
  }

  @Test
  void matcherSpanCoversNameToValue() {
    VectorSelector v = (VectorSelector) PromQL.parse("up{job=\"api\"}");

    assertThat(v.matchers().get(0).span()).isEqualTo(new Span(3, 12));
    assertThat(v.span()).isEqualTo(new Span(0, 13));
  }
}
