package dev.cwmon.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.model.alertmanager.Matcher;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One item of a matcher list, read as Alertmanager 0.25 reads it; MatcherListTest asks amtool
 * to agree on which items load.
 */
class MatcherSyntaxTest {
  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', value = {
      "severity = critical => severity=critical",
      "{severity=\"page\", team=~\"a|b\"} => severity=page ; team=~a|b",
      "service = api, env!=\"dev\" => service=api ; env!=dev",
      "{a=b,} => a=b",
      "{a=b, } => a=b",
      "a=b} => a=b",
      "`{}` => ``",
      "`{` => ``",
      "foo= => foo=\"\"",
      "a=\"b,c\" => a=\"b,c\"",
      "code=~\"5\\d\\d\" => code=~\"5\\\\d\\\\d\"",
      "a=\"x\\\\\" => a=\"x\\\\\"",
      "a=\\\\ => a=\"\\\\\"",
      "q=\"say \\\"hi\\\"\" => q=\"say \\\"hi\\\"\"",
      "n=\"two\\nlines\" => n=\"two\\nlines\""})
  void itemsHoldTheMatchersAlertmanagerReads(String item, String expected) {
    ScalarParser.Result<List<Matcher>> result = SpecScalars.parseMatchers(item);

    assertThat(result.ok()).as(result.error()).isTrue();
    assertThat(String.join(" ; ", result.value().stream().map(Matcher::toString).toList()))
        .isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "a=b,,c=d => bad matcher \"\"",
      "a=b,c => bad matcher \"c\"",
      "{{a=b}} => bad matcher \"{a=b}\"",
      "a=x\"y => unescaped double quote",
      "a=\"x => unescaped double quote",
      "a=x\" => unescaped double quote",
      "a=\"x\\\" => unescaped double quote",
      "a=\"x\\\\\"y\" => unescaped double quote",
      "1a=b => bad matcher",
      "a=~\"(\" => bad regular expression"})
  void itemsAlertmanagerRefusesAreRefused(String item, String message) {
    ScalarParser.Result<List<Matcher>> result = SpecScalars.parseMatchers(item);

    assertThat(result.ok()).isFalse();
    assertThat(result.error()).contains(message);
  }
}
