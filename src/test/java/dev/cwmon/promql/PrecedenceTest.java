package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecedenceTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a ^ b ^ c            | (^ a (^ b c))",
    "-a ^ b               | (- (^ a b))",
    "-2 ^ 2               | (- (^ 2 2))",
    "a ^ -b               | (^ a (- b))",
    "-a * b               | (* (- a) b)",
    "a - b - c            | (- (- a b) c)",
    "a + b * c            | (+ a (* b c))",
    "a * b + c            | (+ (* a b) c)",
    "a / b % c atan2 d    | (atan2 (% (/ a b) c) d)",
    "a + b > c            | (> (+ a b) c)",
    "a > b and c          | (and (> a b) c)",
    "a and b or c unless d | (or (and a b) (unless c d))",
    "a or b and c         | (or a (and b c))",
    "a == b != c          | (!= (== a b) c)",
    "a <= b < c >= d > e  | (> (>= (< (<= a b) c) d) e)",
    "(a + b) * c          | (* [(+ a b)] c)",
    "- - 1                | 1",
    "+-1                  | -1",
    "-a offset 5m         | (- a offset 300000ms)",
    "a ^ b offset 5m      | (^ a b offset 300000ms)",
    "a AND b OR c         | (or (and a b) c)",
  })
  void operatorsBindAsInPrometheus(String promql, String shape) {
    assertThat(Sexpr.of(promql)).isEqualTo(shape);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "a * on(x) b                    | (* on[x] a b)",
    "a * ignoring(x, y) b           | (* ignoring[x, y] a b)",
    "a * on(x) group_left b         | (* on[x] group_left[] a b)",
    "a * on(x) group_left(y, z) b   | (* on[x] group_left[y, z] a b)",
    "a / ignoring() group_right() b | (/ ignoring[] group_right[] a b)",
    "a > bool b                     | (> bool a b)",
    "a == bool on(x) b              | (== bool on[x] a b)",
    "1 > bool 2                     | (> bool 1 2)",
    "a and on(x) b                  | (and on[x] a b)",
    "a or ignoring(x,) b            | (or ignoring[x] a b)",
  })
  void matchingModifiersAttachToTheirOperator(String promql, String shape) {
    assertThat(Sexpr.of(promql)).isEqualTo(shape);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "sum(a)                         | (sum a)",
    "sum by (job) (a)               | (sum by[job] a)",
    "sum(a) by (job)                | (sum by[job] a)",
    "avg without (x, y,) (a)        | (avg without[x, y] a)",
    "count(a) without ()            | (count without[] a)",
    "topk(5, a)                     | (topk 5 a)",
    "bottomk by (j) (3, a)          | (bottomk by[j] 3 a)",
    "quantile(0.9, a) by (x)        | (quantile by[x] 0.9 a)",
    "count_values('v', a)           | (count_values 'v' a)",
    "SUM BY (job) (a)               | (sum by[job] a)",
    "sum by (sum, by, on, bool) (a) | (sum by[sum, by, on, bool] a)",
    "group(a)                       | (group a)",
    "stddev(a) + stdvar(a)          | (+ (stddev a) (stdvar a))",
    "min(max(a))                    | (min (max a))",
  })
  void aggregationsTakeGroupingBeforeOrAfter(String promql, String shape) {
    assertThat(Sexpr.of(promql)).isEqualTo(shape);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "sum                 | sum",
    "sum{a='b'}          | sum{a='b'}",
    "by                  | by",
    "and and and         | (and and and)",
    "offset offset 5m    | offset offset 300000ms",
    "start + end         | (+ start end)",
    "sum(by)             | (sum by)",
  })
  void someKeywordsAreMetricNamesWhereAnExpressionIsExpected(String promql, String shape) {
    assertThat(Sexpr.of(promql)).isEqualTo(shape);
  }
}
