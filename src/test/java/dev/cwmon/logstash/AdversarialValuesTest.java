package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile strings in every place a string can go: printing then parsing gives the same
 * pipeline, or the printer refuses and no quoting could have carried the string.
 */
class AdversarialValuesTest {
  private static final String REFUSED = null;

  static Stream<Arguments> strings() {
    return Stream.of(
        Arguments.of("plain", "\"plain\""),
        Arguments.of("", "\"\""),
        Arguments.of("say \"hi\"", "'say \"hi\"'"),
        Arguments.of("it's", "\"it's\""),
        Arguments.of("it's \\\"quoted\\\"", "\"it's \\\"quoted\\\"\""),
        Arguments.of("\\'a\\' \"b\"", "'\\'a\\' \"b\"'"),
        Arguments.of("it's \"both\"", REFUSED),
        Arguments.of("trailing\\", REFUSED),
        Arguments.of("\\", REFUSED),
        Arguments.of("a\\\\b", "\"a\\\\b\""),
        Arguments.of("\\n is not a newline", "\"\\n is not a newline\""),
        Arguments.of("line one\nline 'two'\r\n", "\"line one\nline 'two'\r\n\""),
        Arguments.of("%{[a][b]} and %{+YYYY.MM.dd}", "\"%{[a][b]} and %{+YYYY.MM.dd}\""),
        Arguments.of("${VAR} ${VAR:default}", "\"${VAR} ${VAR:default}\""),
        Arguments.of("{{ .Values.x }}", "\"{{ .Values.x }}\""),
        Arguments.of("# not a comment", "\"# not a comment\""),
        Arguments.of("[x]", "\"[x]\""),
        Arguments.of("a, b => } {", "\"a, b => } {\""),
        Arguments.of("unicode é 日本 🚀", "\"unicode é 日本 🚀\""),
        Arguments.of("tab\there", "\"tab\there\""));
  }

  @ParameterizedTest
  @MethodSource("strings")
  void stringPrintsAsExpectedOrIsRefused(String value, String expected) {
    if (expected == REFUSED) {
      assertThatThrownBy(() -> LogstashPrinter.printValue(Str.of(value)))
          .isInstanceOf(UnrepresentableValueException.class);
      assertThat(readsBackIn(value, '"') || readsBackIn(value, '\'')).isFalse();
    } else {
      assertThat(LogstashPrinter.printValue(Str.of(value))).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @MethodSource("strings")
  void stringRoundTripsInEveryPositionOrIsRefused(String value, String expected) {
    checkEverywhere(value);
  }

  @Test
  void randomStringsRoundTripOrAreRefusedForAGoodReason() {
    int[] alphabet = "ab\"'\\\n\r#%{}[]$ ,é🚀/".codePoints().toArray();
    Random random = new Random(20240611L);
    for (int i = 0; i < 3000; i++) {
      StringBuilder value = new StringBuilder();
      int length = random.nextInt(8);
      for (int j = 0; j < length; j++) {
        value.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
      }
      checkEverywhere(value.toString());
    }
  }

  private static void checkEverywhere(String value) {
    Pipeline pipeline = everywhere(value);
    Optional<String> printed = printOrRefuse(pipeline);
    boolean representable = readsBackIn(value, '"') || readsBackIn(value, '\'');
    assertThat(printed.isPresent()).as("printable: <%s>", value).isEqualTo(representable);
    printed.ifPresent(text -> assertThat(LogstashParser.parse(text, "printed.conf"))
        .as("re-parsed <%s> from:%n%s", value, text).isEqualTo(pipeline));
  }

  private static Pipeline everywhere(String value) {
    Str str = Str.of(value);
    Plugin plugin = Plugin.of("mutate",
        Attribute.of("value", str),
        Attribute.of(value, Str.of("as name")),
        Attribute.of("hash", Hash.of(new Hash.Entry(str, str))),
        Attribute.of("array", Arr.of(str, Str.of("z"), Arr.of(str))),
        Attribute.of("codec", Plugin.of("json", Attribute.of("charset", str))));
    Expr condition = BoolChain.of(
        new Compare(FieldRef.of("f"), Compare.Op.EQ, str),
        BoolChain.Op.OR,
        new In(str, true, FieldRef.of("tags")));
    return Pipeline.of(Section.of(Section.Kind.FILTER, If.of(condition, plugin)));
  }

  private static Optional<String> printOrRefuse(Pipeline pipeline) {
    try {
      return Optional.of(LogstashPrinter.print(pipeline));
    } catch (UnrepresentableValueException refused) {
      return Optional.empty();
    }
  }

  /** Whether Logstash's grammar reads {@code quote value quote} back as {@code value}. */
  private static boolean readsBackIn(String value, char quote) {
    String source = "filter { m { x => " + quote + value + quote + " } }";
    try {
      List<Plugin> plugins = Walk.plugins(LogstashParser.parse(source, "oracle.conf"));
      return plugins.size() == 1 && plugins.get(0).attributes().size() == 1
          && Walk.attribute(plugins.get(0), "x").equals(Str.of(value));
    } catch (LogstashParseException e) {
      return false;
    }
  }
}
