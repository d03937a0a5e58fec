package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the input, parsing either succeeds or throws a {@link PromqlException}. */
class ParserPropertyTest {
  private static final List<String> TOKENS = List.of("up", "sum", "rate", "by", "without",
      "on", "ignoring", "group_left", "group_right", "bool", "offset", "@", "start()", "end()",
      "(", ")", "{", "}", "[", "]", ",", ":", "5m", "1h30m", "0s", "1", "-1", "0x1f", "1e3",
      "Inf", "NaN", ".5", "\"a\"", "'b'", "`c`", "\"\\x\"", "=", "!=", "=~", "!~", "==", "<",
      ">=", "+", "-", "*", "/", "%", "^", "and", "or", "unless", "atan2", "topk", "quantile",
      "count_values", "label_replace", "histogram_quantile", "time", "abs", "job", "a:b", "#",
      "\n", " ", "__name__", "\".*\"", "\"(\"", "\"a{2}{3}\"", "\u00e9", "\\", "'", "\"");

  @Property(tries = 3000)
  void randomStringsNeverEscapeAsOtherExceptions(@ForAll("promqlish") String input) {
    assertParsesOrRejects(input);
  }

  @Property(tries = 3000)
  void tokenSoupsNeverEscapeAsOtherExceptions(@ForAll("tokenSoup") String input) {
    assertParsesOrRejects(input);
  }

  @Property(tries = 2000)
  void mutatedValidRulesNeverEscapeAsOtherExceptions(@ForAll("mutatedRule") String input) {
    assertParsesOrRejects(input);
  }

  @Provide
  Arbitrary<String> promqlish() {
    return Arbitraries.strings().withChars("(){}[],:=!~<>+-*/%^@#\"'`\\ \n.0123456789eEx_aAzZ")
        .ofMaxLength(60);
  }

  @Provide
  Arbitrary<String> tokenSoup() {
    return Arbitraries.of(TOKENS).list().ofMaxSize(30)
        .map(tokens -> String.join(" ", tokens));
  }

  @Provide
  Arbitrary<String> mutatedRule() {
    List<String> valid = Cases.list("valid.txt");
    Arbitrary<String> base = Arbitraries.of(valid);
    return base.flatMap(rule -> Arbitraries.integers().between(0, rule.length())
        .flatMap(at -> Arbitraries.of(TOKENS).map(
            token -> rule.substring(0, at) + token + rule.substring(at))));
  }

  private static void assertParsesOrRejects(String input) {
    try {
      Expr expr = PromQL.parse(input);
      assertThat(expr.span().end()).isLessThanOrEqualTo(input.length());
      Walker.walk(expr, node -> assertThat(node.type()).isNotNull());
    } catch (PromqlException e) {
      assertThat(e.offset()).isBetween(0, input.length());
      assertThat(e.getMessage()).isNotBlank();
    }
  }
}
