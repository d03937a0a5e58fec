package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * How strings are read and written. Logstash's grammar takes a backslash and a quote as two
 * characters of the string body and, with config.support_escapes off (its default), decodes
 * nothing: {@code "a\"b"} is the four characters {@code a\"b}.
 */
class StringQuotingTest {
  private static Value valueOf(String valueSource) {
    Pipeline pipeline =
        LogstashParser.parse("filter { mutate { x => " + valueSource + " } }", "test.conf");
    return Walk.attribute(Walk.plugins(pipeline).get(0), "x");
  }

  @Test
  void backslashBeforeQuoteStaysInTheValue() {
    assertThat(valueOf("\"a\\\"b\"")).isEqualTo(Str.of("a\\\"b"));
    assertThat(((Str) valueOf("\"a\\\"b\"")).value()).hasSize(4);
    assertThat(valueOf("'it\\'s'")).isEqualTo(Str.of("it\\'s"));
  }

  @Test
  void backslashSequencesAreNotDecoded() {
    assertThat(valueOf("\"a\\nb\\\\c\\t\"")).isEqualTo(Str.of("a\\nb\\\\c\\t"));
  }

  @Test
  void quoteStyleIsRecordedButNotPartOfEquality() {
    Str single = (Str) valueOf("'json'");

    assertThat(single.quote()).isEqualTo(Str.Quote.SINGLE);
    assertThat(single).isEqualTo(Str.of("json")).hasSameHashCodeAs(Str.of("json"));
  }

  @Test
  void backslashBeforeClosingQuoteLeavesTheStringOpen() {
    assertThatThrownBy(() -> LogstashParser.parse("filter { m { a => \"ab\\\" } }", "t.conf"))
        .isInstanceOf(LogstashParseException.class)
        .hasMessage("t.conf:1:19: unterminated string");
  }

  @Test
  void printerPrefersDoubleQuotes() {
    assertThat(LogstashPrinter.printValue(new Str("it's", Str.Quote.SINGLE))).isEqualTo("\"it's\"");
  }

  @Test
  void printerUsesSingleQuotesForAnUnescapedDoubleQuote() {
    assertThat(LogstashPrinter.printValue(Str.of("say \"hi\""))).isEqualTo("'say \"hi\"'");
  }

  @Test
  void printerKeepsBackslashEscapedDoubleQuotesInDoubleQuotes() {
    assertThat(LogstashPrinter.printValue(Str.of("\\\"%{WORD}\\\"")))
        .isEqualTo("\"\\\"%{WORD}\\\"\"");
  }

  @Test
  void printerRefusesBothUnescapedQuoteKinds() {
    assertThatThrownBy(() -> LogstashPrinter.printValue(Str.of("it's \"x\"")))
        .isInstanceOf(UnrepresentableValueException.class)
        .hasMessageContaining("both an unescaped double quote and an unescaped single quote");
  }

  @Test
  void printerRefusesATrailingBackslash() {
    assertThatThrownBy(() -> LogstashPrinter.printValue(Str.of("C:\\dir\\")))
        .isInstanceOf(UnrepresentableValueException.class)
        .hasMessageContaining("ends with a backslash");
  }

  @Test
  void multiLineRubyCodeWithSingleQuotesRoundTrips() {
    String code = "\n  q = event.get('query')\n  event.set('n', q.split(\\\"\\n\\\").size)\n";
    Pipeline pipeline = Pipeline.of(Section.of(Section.Kind.FILTER,
        Plugin.of("ruby", Attribute.of("code", new Str(code, Str.Quote.DOUBLE)))));

    String printed = LogstashPrinter.print(pipeline);

    assertThat(printed).contains("code => \"" + code + "\"");
    assertThat(RoundTrip.check(pipeline, "ruby")).isEqualTo(pipeline);
  }

  @Test
  void regexKeepsEscapedSlashes() {
    Pipeline pipeline = LogstashParser.parse(
        "filter { if [path] =~ /^\\/var\\/log\\// { drop {} } }", "t.conf");

    Match match = (Match) Walk.conditions(pipeline).get(0);
    assertThat(match.pattern()).isEqualTo(new Regex("^\\/var\\/log\\/"));
    assertThat(LogstashPrinter.printCondition(match)).isEqualTo("[path] =~ /^\\/var\\/log\\//");
  }

  @Test
  void regexOfPatternEscapesBareSlashesOnly() {
    assertThat(Regex.ofPattern("a/b\\/c").source()).isEqualTo("a\\/b\\/c");
  }

  @Test
  void printerRefusesRegexWithBareSlash() {
    Expr match = new Match(FieldRef.of("path"), false, new Regex("a/b"));

    assertThatThrownBy(() -> LogstashPrinter.printCondition(match))
        .isInstanceOf(UnrepresentableValueException.class)
        .hasMessageContaining("unescaped slash");
  }
}
