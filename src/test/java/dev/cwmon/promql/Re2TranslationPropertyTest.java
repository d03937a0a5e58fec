package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Every regex RE2 accepts translates into one Java compiles, and every regex RE2 refuses is
 * refused by the translation too: no PatternSyntaxException ever reaches a user. What the
 * translations match is judged against amtool in routing.RegexAgreementTest.
 */
class Re2TranslationPropertyTest {
  private static final List<String> PIECES = List.of("a", "b", ".", "*", "+", "?", "|", "(",
      ")", "[", "]", "^", "$", "{", "}", "{2}", "{1,3}", "{,2}", "\\", "\\d", "\\s", "\\S", "\\w",
      "\\b", "\\B", "\\pL", "\\p{Greek}", "\\P{Any}", "\\p{Any}", "[[:alpha:]]", "[:^word:]",
      "(?i)", "(?U)", "(?m)", "(?s:", "(?P<n>", "(?<n>", "\\Q", "\\E", "\\x41", "\\x{263a}",
      "\\101", "\\0", "\\v", "&&", "-", "é", "#", " ", "\\[", "[^",
      "\\p{^Lu}", "\\p{Foo}", "\\pZ");

  @Property(tries = 4000)
  void acceptedRegexesCompileAndRefusedOnesAreRefused(@ForAll("regexish") String regex) {
    if (PromQL.regexProblem(regex) == null) {
      assertThatCode(() -> PromQL.labelRegex(regex)).as(regex).doesNotThrowAnyException();
    } else {
      assertThat(LabelRegex.matches(regex, "a")).isFalse();
    }
  }

  @Provide
  Arbitrary<String> regexish() {
    return Arbitraries.of(PIECES).list().ofMaxSize(8).map(p -> String.join("", p));
  }
}
