package dev.cwmon.diag;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Diagnostics print spec values so that they cannot steer the terminal that shows them. */
class PrintableTest {
  @Test
  void controlAndFormatCharactersAreEscaped() {
    assertThat(Diagnostic.printable("on\u202ecall")).isEqualTo("on\\u202ecall");
    assertThat(Diagnostic.printable("a\u001b[2Jb\u0007")).isEqualTo("a\\u001b[2Jb\\u0007");
    assertThat(Diagnostic.printable("zero\u200bwidth\u2066")).isEqualTo("zero\\u200bwidth\\u2066");
    assertThat(Diagnostic.printable("line\u2028break")).isEqualTo("line\\u2028break");
  }

  @Test
  void printableTextIsKeptAsItIs() {
    String text = "Überblick 😀 ünïcödé, 日本";

    assertThat(Diagnostic.printable(text)).isEqualTo(text);
  }

  @Test
  void messagesAndHintsOfADiagnosticArePrintable() {
    Diagnostic d = new Diagnostic("CW403", Severity.WARNING, "x", new Position("f.yaml", 1, 2),
        "receiver \"on\u202ecall\" is not used", "remove \u202e");

    assertThat(d.format()).contains("on\\u202ecall").doesNotContain("\u202e");
    assertThat(d.hint()).isEqualTo("remove \\u202e");
  }
}
