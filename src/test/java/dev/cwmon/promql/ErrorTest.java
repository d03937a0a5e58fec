package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ErrorTest {
  @Test
  void messageNamesTokenThenPositionThenExpectation() {
    PromqlException e = reject("rate(up[5m]) by (job)");

    assertThat(e).hasMessage("unexpected keyword \"by\" at 1:14, expected end of input");
    assertThat(e.offset()).isEqualTo(13);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(14);
  }

  @Test
  void strayCharacterIsNamed() {
    assertThat(reject("up{job=\"a\"}}")).hasMessage("unexpected \"}\" at 1:12");
  }

  @Test
  void missingMatcherValueIsReportedAtTheBrace() {
    assertThat(reject("up{job=}")).hasMessage("unexpected \"}\" at 1:8, expected string");
  }

  @Test
  void positionCountsLinesAndColumns() {
    PromqlException e = reject("sum(\n  rate(up[5m])\n  +\n)");

    assertThat(e.line()).isEqualTo(4);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.problem()).isEqualTo("unexpected \")\"");
    assertThat(e.expected()).isEqualTo("expression");
  }

  @Test
  void sourcePositionClampsOffsetsPastTheEnd() {
    assertThat(SourcePosition.of("ab\ncd", 99)).isEqualTo(new SourcePosition(2, 3));
    assertThat(new Span(3, 4).startIn("ab\ncd")).hasToString("2:1");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
    "rate(up)                 | expected type range vector in call to function \"rate\"",
    "abs(up[5m])              | expected type instant vector in call to function \"abs\"",
    "label_replace(up, 1, \"a\", \"b\", \"c\") | expected type string in call to function",
    "histogram_quantile(up, up) | expected type scalar in call to function",
    "vector(up)               | expected type scalar in call to function \"vector\"",
    "scalar(1)                | expected type instant vector in call to function \"scalar\"",
    "time(1)                  | expected 0 argument(s) in call to \"time\", got 1",
    "days_in_month(up, up)    | expected at most 1 argument(s)",
    "clamp(up, 1)             | expected 3 argument(s) in call to \"clamp\", got 2",
    "round()                  | expected at least 1 argument(s) in call to \"round\", got 0",
    "round(up, 1, 2)          | expected at most 2 argument(s) in call to \"round\", got 3",
    "label_join(up, \"a\")    | expected at least 3 argument(s)",
    "label_join(up, \"a\", \",\", 1) | expected type string in call to function \"label_join\"",
    "sum(1)                   | expected type instant vector in aggregation expression",
    "sum(up[5m])              | expected type instant vector in aggregation expression",
    "topk(up, up)             | expected type scalar in aggregation parameter",
    "count_values(1, up)      | expected type string in aggregation parameter",
    "quantile('a', up)        | expected type scalar in aggregation parameter",
    "1 > 2                    | comparisons between scalars must use bool modifier",
    "up + bool up             | bool modifier can only be used on comparison operators",
    "up and 1                 | set operator \"and\" not allowed in binary scalar expression",
    "1 or up                  | set operator \"or\" not allowed in binary scalar expression",
    "up[5m] + 1               | binary expression must contain only scalar and instant vector",
    "'a' * up                 | binary expression must contain only scalar and instant vector",
    "1 + on(x) up             | vector matching only allowed between instant vectors",
    "up unless on(x) group_left up | no grouping allowed for \"unless\" operation",
    "up * on(x) group_left(x) up | label \"x\" must not occur in on and group clause at once",
    "-up[5m]                  | unary expression only allowed on scalar or instant vector",
    "-'a'                     | unary expression only allowed on scalar or instant vector",
    "1[5m:]                   | subquery is only allowed on instant vector, got scalar",
    "up[5m][1h:]              | subquery is only allowed on instant vector, got range vector",
    "{}                       | vector selector must contain at least one non-empty matcher",
    "{a=~\".*\"}              | vector selector must contain at least one non-empty matcher",
    "{a!~\"x+\", b=\"\"}      | vector selector must contain at least one non-empty matcher",
    "up{__name__=\"x\"}       | metric name must not be set twice",
  })
  void typeErrorsAreReported(String promql, String fragment) {
    assertThat(reject(promql).getMessage()).contains(fragment);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
    "(up) offset 5m           | offset modifier must follow a vector selector",
    "sum(up) @ 5              | @ modifier must follow a vector selector",
    "up offset 5m offset 1m   | offset may not be set multiple times",
    "up @ 1 @ 2               | @ may not be set multiple times",
    "up offset 5m [5m]        | no offset modifiers allowed before range",
    "up @ 5 [5m]              | no @ modifiers allowed before range",
    "(up)[5m]                 | ranges only allowed for vector selectors",
    "up[0s]                   | duration must be greater than 0",
    "up[1h:0m]                | duration must be greater than 0",
    "up @ inf                 | out of bounds for @ modifier",
    "foo(up)                  | unknown function \"foo\"",
    "RATE(up[5m])             | unknown function \"RATE\"",
    "sum()                    | no arguments for aggregation \"sum\"",
    "topk(up)                 | wrong number of arguments for \"topk\": expected 2, got 1",
    "rate(up[5m],)            | trailing comma not allowed",
  })
  void modifierAndCallErrorsAreReported(String promql, String fragment) {
    assertThat(reject(promql).getMessage()).contains(fragment);
  }

  @Test
  void aCharacterBeyondTheBasicPlaneIsNamedWhole() {
    assertThat(reject("\uD83D\uDE00 + up")).hasMessage("unexpected \"\uD83D\uDE00\" at 1:1");
    assertThat(reject("up{\uD83D\uDE00=\"a\"}").getMessage())
        .startsWith("unexpected \"\uD83D\uDE00\" inside braces");
  }

  @Test
  void deepNestingIsASyntaxErrorNotAStackOverflow() throws Exception {
    String deep = "(".repeat(25_000) + "1" + ")".repeat(25_000);

    assertThat(onLargeStack(() -> reject(deep).getMessage()))
        .contains("nests deeper than 20000 levels");
  }

  @Test
  void longOperatorChainsAreBoundedToo() throws Exception {
    String chain = "a" + " + a".repeat(25_000);

    assertThat(onLargeStack(() -> reject(chain).getMessage()))
        .contains("nests deeper than 20000 levels");
  }

  @Test
  void depthsPromtoolAcceptsParse() throws Exception {
    // promtool check rules accepts all three; generated rules reach such sizes.
    String parens = "(".repeat(3000) + "up" + ")".repeat(3000);
    String or = "up" + " or up".repeat(5000);
    String plus = "up" + " + up".repeat(19_000);

    assertThat(onLargeStack(() -> PromQL.parse(parens).type())).isEqualTo(ValueType.VECTOR);
    assertThat(onLargeStack(() -> PromQL.parse(or).type())).isEqualTo(ValueType.VECTOR);
    assertThat(onLargeStack(() -> PromQL.parse(plus).type())).isEqualTo(ValueType.VECTOR);
  }

  @Test
  void aSmallStackGivesASyntaxErrorNotAStackOverflow() throws Exception {
    String deep = "(".repeat(19_000) + "1" + ")".repeat(19_000);
    String[] message = new String[1];
    Thread small = new Thread(null, () -> message[0] = reject(deep).getMessage(), "small",
        256 * 1024);
    small.start();
    small.join();

    assertThat(message[0]).startsWith("expression nests too deeply for this thread's stack");
  }

  /** Runs {@code work} on a thread with the stack cwmon's command line gives itself. */
  private static <T> T onLargeStack(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(null, task, "large", 1L << 29);
    thread.start();
    return task.get();
  }

  private static PromqlException reject(String promql) {
    PromqlException e = catchThrowableOfType(PromqlException.class, () -> PromQL.parse(promql));
    assertThat(e).as("expected %s to be rejected", promql).isNotNull();
    return e;
  }
}
