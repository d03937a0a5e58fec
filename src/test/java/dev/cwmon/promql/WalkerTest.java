package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkerTest {
  @Test
  void collectFindsEverySelectorAndCallInSourceOrder() {
    Expr expr = PromQL.parse("sum(rate(a[5m])) / on(x) group_left b + abs(c offset 1m)");

    List<String> names = Walker.collect(expr, VectorSelector.class).stream()
        .map(VectorSelector::name).toList();
    List<String> calls = Walker.collect(expr, Call.class).stream()
        .map(c -> c.function().name()).toList();

    assertThat(names).containsExactly("a", "b", "c");
    assertThat(calls).containsExactly("rate", "abs");
  }

  @Test
  void walkVisitsParentsBeforeChildren() {
    List<String> kinds = new ArrayList<>();

    Walker.walk(PromQL.parse("-(max_over_time(x[1h:]))"),
        e -> kinds.add(e.getClass().getSimpleName()));

    assertThat(kinds).containsExactly("Unary", "Paren", "Call", "Subquery", "VectorSelector");
  }

  @Test
  void spansPointBackIntoTheSource() {
    String src = "rate(http_requests_total{code=\"500\"}[5m])";
    Call call = (Call) PromQL.parse(src);
    MatrixSelector range = (MatrixSelector) call.args().get(0);

    assertThat(src.substring(range.span().start(), range.span().end()))
        .isEqualTo("http_requests_total{code=\"500\"}[5m]");
    assertThat(call.span()).isEqualTo(new Span(0, src.length()));
  }
}
