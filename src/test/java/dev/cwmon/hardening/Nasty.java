package dev.cwmon.hardening;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Strings made of every character special to YAML, JSON, Go templates, PromQL, Logstash and
 * FreeMarker, plus astral characters, emoji, edge spaces and very long values; and the
 * quoting that puts them into the languages a spec is partly written in.
 */
final class Nasty {
  private static final String SPECIAL = ":#&*!|>'\"%@`,[]{}?-\\/$()=~<>;^+. \t\n\u00a0\u2028"
      + "é日本✓\uD83D\uDE80\uD835\uDD38";
  private static final List<String> PIECES = List.of("${X}", "[=x]", "<#if x>", "#{x}",
      "{{", "}}", "yes", "null", "~", "0x1F", "1e3", "- ", "? ", "--- ", "...", "%YAML",
      "&a", "*a", "!!str", "\\n", "\\u0041", "' '", "\"\"", "=>", "if [x] ", "${a:b}",
      "%{[a][b]}", "%{+YYYY}", "$1", "$x", "$$", " : ", "# c", "\n---\n", " ", "\\",
      "a\\,b", "{{ $labels.x }}", "\u3000");

  private Nasty() {}

  /** Any string of the pieces; one in thirteen is some thousands of characters long. */
  static Arbitrary<String> strings() {
    List<String> codePoints = SPECIAL.codePoints().mapToObj(Character::toString).toList();
    Arbitrary<String> chars = Arbitraries.of(codePoints).list().ofMinSize(1).ofMaxSize(12)
        .map(l -> String.join("", l));
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> mixed = Arbitraries.oneOf(chars, piece).list().ofMinSize(1).ofMaxSize(6)
        .map(l -> String.join("", l));
    return Arbitraries.frequencyOf(
        Tuple.of(12, mixed),
        Tuple.of(1, mixed.map(s -> s.repeat(5000 / s.length() + 1))));
  }

  /** {@code n} strings, all different. */
  static Arbitrary<List<String>> distinct(int min, int max) {
    return strings().list().ofMinSize(min).ofMaxSize(max).uniqueElements();
  }

  /** {@code s} with every {@code {{} broken, so that Go's template parser reads it as text. */
  static String noTemplate(String s) {
    String out = s;
    while (out.contains("{{")) {
      out = out.replace("{{", "{ {");
    }
    return out;
  }

  /**
   * {@code s} as a double-quoted Go (and PromQL) string literal; the printable characters,
   * tab included, stay as they are.
   */
  static String goQuoted(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.append('"').toString();
  }

  /** {@code s} as an RE2 expression matching exactly {@code s}, as Go's QuoteMeta writes it. */
  static String quoteMeta(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
