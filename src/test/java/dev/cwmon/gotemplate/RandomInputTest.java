package dev.cwmon.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Random and hostile input never escapes as anything but a {@link TemplateException}. */
class RandomInputTest {
  private static final List<String> PIECES =
      List.of("{{", "}}", "{{- ", " -}}", "{{/*", "*/}}", "if ", "else ", "end", "range ",
          "with ", "define \"a\"", "template \"a\"", "block \"b\" .", "break", "continue",
          "$labels", "$value", "$x", "$", ".Labels", ".Alerts", ".", ".x", "|", "(", ")", "\"",
          "\"s\"", "`", "'", "'a'", "\\", ":=", "=", ",", "1", "-", "+", "0x", "_", "e9", "i",
          " ", "\n", "\t", "eq", "humanize", "index", "printf", "nil", "true", "\u00e9",
          "\ud83d\ude00", "\ud83d", "\u2192", "\u0000", "x", "-3");

  @Test
  void randomPiecesNeverThrowFromCheckAndOnlyTemplateExceptionFromParse() {
    Random random = new Random(20240611L);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int pieces = 1 + random.nextInt(24);
      for (int j = 0; j < pieces; j++) {
        text.append(random.nextInt(10) == 0
            ? String.valueOf((char) random.nextInt(0x3000))
            : PIECES.get(random.nextInt(PIECES.size())));
      }
      assertNeverEscapes(text.toString(), Dialect.values()[i % 2]);
    }
  }

  @Test
  void deepNestingIsReportedNotOverflowed() {
    String parens = "{{ " + "(".repeat(50_000) + "1" + ")".repeat(50_000) + " }}";
    String ifs = "{{ if 1 }}".repeat(50_000) + "{{ end }}".repeat(50_000);
    String elseIfs = "{{ if 1 }}" + "{{ else if 1 }}".repeat(50_000) + "{{ end }}";

    for (String text : List.of(parens, ifs, elseIfs)) {
      assertThat(GoTemplate.check(text, Dialect.PROMETHEUS_RULE))
          .extracting(TemplateProblem::message)
          .containsExactly("max expression depth exceeded");
    }
  }

  private static void assertNeverEscapes(String text, Dialect dialect) {
    assertThatCode(() -> {
      for (TemplateProblem p : GoTemplate.check(text, dialect)) {
        assertThat(p.offset()).isBetween(0, text.length());
      }
      try {
        GoTemplate.labelReferences(text, dialect);
      } catch (TemplateException expected) {
        assertThat(expected.problem()).isNotNull();
      }
    }).as(text).doesNotThrowAnyException();
  }
}
