package dev.cwmon.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mutations of the CodeWeaver spec (keys deleted, duplicated, misspelt or moved, values
 * retyped, truncation, bad indentation, tabs, invalid UTF-8, a BOM, CRLF) never crash cwmon:
 * it succeeds, or reports file:line:col errors and exits 2, never with a stack trace.
 */
class SpecMutationProperties {
  private static final List<String> LINES;
  private static final String[] VALUES = {"[]", "{}", "~", "-1", "1e999", "yes", "\"\"",
      "[a, {b: c}]", "&x a", "*x", "!!binary aGk=", "'", "\"\\x\"", "- a", "? a", "|", "%",
      "{{ .x }}", "${X}", "99999999999999999999", "0x10", ".nan", "'\u0000'", "\"\\U0001F680\""};

  static {
    try {
      LINES = Files.readAllLines(Cwmon.example("codeweaver").resolve("cwmon.yaml"));
    } catch (IOException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  enum Kind { DELETE, DUPLICATE, MISSPELL, MOVE, RETYPE, TRUNCATE, INDENT, TAB, BAD_UTF8, BOM,
    CRLF }

  record Mutation(Kind kind, int line, int other, int value) {}

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one = Combinators.combine(Arbitraries.of(Kind.class),
        Arbitraries.integers().between(0, LINES.size() - 1),
        Arbitraries.integers().between(0, LINES.size() - 1),
        Arbitraries.integers().between(0, VALUES.length - 1)).as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 150)
  void aMutatedSpecIsReportedOrAcceptedButNeverCrashes(
      @ForAll("mutations") List<Mutation> mutations) throws IOException {
    Path dir = Files.createTempDirectory("cwmon-mutation");
    Path spec = dir.resolve("cwmon.yaml");
    Files.write(spec, apply(mutations));

    Cwmon.Result r = Cwmon.run("generate", spec.toString(), "-o", dir.resolve("out").toString(),
        "-q");

    String all = r.out() + r.err();
    assertThat(r.exitCode()).as(all).isIn(0, 1, 2);
    assertThat(all).doesNotContain("Exception").doesNotContain("\tat ");
    if (r.exitCode() == 2) {
      assertThat(r.err()).as(all).containsPattern(
          java.util.regex.Pattern.quote(spec.toString()) + ":\\d+:\\d+: error CW\\d+: ");
      assertThat(dir.resolve("out")).doesNotExist();
    }
  }

  private static byte[] apply(List<Mutation> mutations) {
    List<String> lines = new ArrayList<>(LINES);
    String eol = "\n";
    boolean bom = false;
    boolean badUtf8 = false;
    for (Mutation m : mutations) {
      int i = Math.min(m.line(), lines.size() - 1);
      String line = lines.get(i);
      switch (m.kind()) {
        case DELETE -> lines.remove(i);
        case DUPLICATE -> lines.add(i, line);
        case MISSPELL -> lines.set(i, line.replaceFirst("([a-z])([a-z])_?", "$2$1"));
        case MOVE -> lines.add(Math.min(m.other(), lines.size() - 1), lines.remove(i));
        case RETYPE -> lines.set(i, line.replaceFirst(":( .*)?$",
            java.util.regex.Matcher.quoteReplacement(": " + VALUES[m.value()])));
        case TRUNCATE -> lines.subList(i, lines.size()).clear();
        case INDENT -> lines.set(i, " ".repeat(m.value() % 5) + line);
        case TAB -> lines.set(i, line.replaceFirst("^ {2}", "\t"));
        case BAD_UTF8 -> badUtf8 = true;
        case BOM -> bom = true;
        case CRLF -> eol = "\r\n";
      }
      if (lines.isEmpty()) {
        lines.add("");
      }
    }
    byte[] text = (String.join(eol, lines) + eol).getBytes(StandardCharsets.UTF_8);
    List<Byte> out = new ArrayList<>();
    if (bom) {
      for (byte b : new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) {
        out.add(b);
      }
    }
    for (int k = 0; k < text.length; k++) {
      out.add(text[k]);
      if (badUtf8 && k == text.length / 2) {
        out.add((byte) 0xC3);
        out.add((byte) 0x28);
      }
    }
    byte[] bytes = new byte[out.size()];
    for (int k = 0; k < bytes.length; k++) {
      bytes[k] = out.get(k);
    }
    return bytes;
  }
}
