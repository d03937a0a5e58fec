package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed pipelines are reported at the right line and column with a clear reason. */
class ParseErrorTest {
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("input {\n  tcp {\n    port 5000\n  }\n}",
            "3:10", "expected \"=>\" after attribute name \"port\""),
        Arguments.of("inputs { }",
            "1:1", "expected \"input\", \"filter\" or \"output\", found \"inputs\""),
        Arguments.of("filter {\n  mutate {}\n",
            "1:1", "section \"filter\" is not closed with \"}\""),
        Arguments.of("filter { m { a => \"x\"b => 1 } }",
            "1:22", "expected whitespace or \"}\" after the value of \"a\""),
        Arguments.of("filter { m { a => x } }",
            "1:19",
            "unquoted value \"x\" is not a bareword ([A-Za-z_][A-Za-z0-9_]+); put"
                + " it in quotes"),
        Arguments.of("filter { m { a => 5044abc } }",
            "1:19",
            "unquoted value \"5044abc\" is neither a bareword nor a number; put it"
                + " in quotes"),
        Arguments.of("filter { m { a => [1, 2,] } }",
            "1:25", "expected a value, found ']'"),
        Arguments.of("filter { m { h => {\n \"a\" => 1\n # no\n \"b\" => 2 } } }",
            "3:2",
            "logstash does not accept a comment between hash entries; move it"
                + " above the hash"),
        Arguments.of("filter { m { h => { \"a\" => 1 'a' => 2 } } }",
            "1:30", "duplicate hash key 'a'"),
        Arguments.of("filter { m { a => [x { }] } }",
            "1:20",
            "plugin \"x\" is only allowed as an attribute value, not inside an"
                + " array or hash"),
        Arguments.of("filter { else { } }",
            "1:10", "\"else\" without an \"if\" before it"),
        Arguments.of("filter { if [a] { } else drop {} }",
            "1:26", "expected \"if\" or \"{\" after \"else\""),
        Arguments.of("filter { if [a] == b { } }",
            "1:20", "unquoted \"b\" in a condition; put it in quotes"),
        Arguments.of("filter { if size([a]) > 1 { } }",
            "1:13", "not supported: method call \"size(...)\" in a condition"),
        Arguments.of("filter { if ([a] { } }",
            "1:18", "expected \")\" or a boolean operator, found '{'"),
        Arguments.of("filter { if { } }",
            "1:13", "expected a condition after \"if\""),
        Arguments.of("filter { if [a] =~ b { } }",
            "1:20", "expected a string or /regex/ after \"=~\""),
        Arguments.of("filter { \"stdout\" { } }",
            "1:10", "plugin name must not be quoted; logstash would look up a plugin whose name"
                + " includes the quotes"),
        Arguments.of("# 🚀 é\nfilter { m { a => \"🚀é\" b => ; } }",
            "2:29", "expected a value, found ';'"),
        Arguments.of("filter { m { a => ${X} } }",
            "1:19", "unquoted \"${...}\" is not a value; put the reference in quotes"),
        Arguments.of("# comment\r filter {}",
            "1:10", "a comment must end with a line break"),
        Arguments.of("filter { m { a => 'open } }",
            "1:19", "unterminated string"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedInputIsReportedAtItsPosition(String source, String position, String reason) {
    assertThatThrownBy(() -> LogstashParser.parse(source, "bad.conf"))
        .isInstanceOfSatisfying(LogstashParseException.class, e -> {
          assertThat(e.line() + ":" + e.column()).isEqualTo(position);
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.getMessage()).isEqualTo("bad.conf:" + position + ": " + reason);
        });
  }
}
