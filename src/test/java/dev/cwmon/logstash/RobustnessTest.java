package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever the input, the parser returns a pipeline or throws LogstashParseException. */
class RobustnessTest {
  private static final String TOKENS =
      "{}[]()\"'\\/#=>!<~,$%@:. \n\t\rifelsandornotxorinputfilteroutput0123456789-_aé🚀";
  private static final String EDITS = "{}[]()\"'\\/#=>!<~,$ \nx1";

  @ParameterizedTest
  @ValueSource(strings = {
      "filter { m { a => %s } }|[",
      "filter { m { a => %s } }|{ \"k\" => ",
      "filter { m { a => %s } }|x { a => ",
      "filter { if %s {} }|(",
      "filter { if %s {} }|!(",
      "filter { %s }|if [a] {"})
  void deepNestingIsAParseErrorNotAStackOverflow(String shape) {
    String[] parts = shape.split("\\|");
    String source = parts[0].formatted(parts[1].repeat(50_000));

    assertThatThrownBy(() -> LogstashParser.parse(source, "deep.conf"))
        .isInstanceOf(LogstashParseException.class)
        .hasMessageContaining("nesting deeper than 64 levels is not supported");
  }

  @Test
  void nestingUpToTheLimitParses() {
    String source = "filter { m { a => " + "[".repeat(60) + "]".repeat(60) + " } }";

    assertThat(LogstashParser.parse(source, "ok.conf").sections()).hasSize(1);
  }

  @Test
  void mutatedPipelinesParseAndRoundTripOrFailWithAPosition() throws IOException {
    String base = fixture();
    Random random = new Random(7L);
    int parsed = 0;
    for (int i = 0; i < 1500; i++) {
      String mutant = mutate(base, random);
      try {
        RoundTrip.check(LogstashParser.parse(mutant, "mutant.conf"), "mutant " + i);
        parsed++;
      } catch (LogstashParseException e) {
        assertThat(e.line()).isPositive();
        assertThat(e.column()).isPositive();
        assertThat(e.reason()).isNotBlank();
      }
    }
    assertThat(parsed).as("some mutants stay valid").isPositive();
  }

  @Test
  void randomTokenSoupNeverEscapesAsAnotherException() {
    int[] tokens = TOKENS.codePoints().toArray();
    Random random = new Random(11L);
    for (int i = 0; i < 3000; i++) {
      StringBuilder soup = new StringBuilder("filter { ");
      int length = random.nextInt(40);
      for (int j = 0; j < length; j++) {
        soup.appendCodePoint(tokens[random.nextInt(tokens.length)]);
      }
      try {
        RoundTrip.check(LogstashParser.parse(soup.toString(), "soup.conf"), "soup " + i);
      } catch (LogstashParseException expected) {
        assertThat(expected.line()).isPositive();
      }
    }
  }

  private static String mutate(String text, Random random) {
    StringBuilder out = new StringBuilder(text);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits && out.length() > 0; e++) {
      int at = random.nextInt(out.length());
      switch (random.nextInt(4)) {
        case 0 -> out.deleteCharAt(at);
        case 1 -> out.insert(at, EDITS.charAt(random.nextInt(EDITS.length())));
        case 2 -> out.setLength(at);
        default -> out.delete(at, Math.min(out.length(), at + random.nextInt(20)));
      }
    }
    return out.toString();
  }

  private static String fixture() throws IOException {
    try (InputStream in = RobustnessTest.class.getResourceAsStream(
        "/logstash/codeweaver-guide.conf")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
