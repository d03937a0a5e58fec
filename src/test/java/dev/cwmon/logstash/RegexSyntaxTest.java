package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What RegexSyntax refuses, and that Java's engine refuses it too. */
class RegexSyntaxTest {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {
      "foo(;3;unclosed group (",
      "a(b(c);1;unclosed group (",
      "foo);3;unmatched )",
      "[abc;0;unclosed character class [",
      "x[a[b];1;unclosed character class [",
      "*a;0;quantifier * has nothing to repeat",
      "a|+b;2;quantifier + has nothing to repeat",
      "ab\\;2;backslash at the end escapes nothing"})
  void certainMistakesAreFoundAtTheirCharacter(String source, int offset, String reason) {
    assertThat(RegexSyntax.problem(source))
        .contains(new RegexSyntax.Problem(offset, reason));
    try {
      Pattern.compile(source);
      throw new AssertionError("java accepts " + source);
    } catch (PatternSyntaxException expected) {
      assertThat(expected).isNotNull();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"foo", "\\(x\\)", "[(]", "[]a]", "[^]a]", "[[:alpha:]]+",
      "(?<name>\\w+)", "(?>a+)b", "a++b", "a*?", "a**", "\\A\\h+\\z", "(?#unbalanced ( here)x",
      "(?i)abc", "a{2}", "{a", "\\Q(\\E", "(?x) ( # comment )", "(*FAIL)|a", "\\/path\\/",
      "^(GET|POST) /api/v[0-9]+/.*$", ""})
  void validOrUnsureRegexesAreNotReported(String source) {
    assertThat(RegexSyntax.problem(source)).isEmpty();
  }
}
