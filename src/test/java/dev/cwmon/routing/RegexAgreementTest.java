package dev.cwmon.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.model.alertmanager.Matcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regexes where Java's engine and Go's RE2 read the same text differently, each matched
 * against many values by cwmon and by amtool (Alertmanager's own matcher code). One config
 * holds a route with continue: true per regex, so one amtool run judges every regex for a
 * value.
 */
class RegexAgreementTest {
  private static final List<String> REGEXES = List.of(
      "[[:alpha:]]+", "[[:^digit:]]+", "[[:word:]-]+", "[[:upper:][:digit:]]+", "[[:space:]]*x",
      "(?P<name>foo|bar)", "(?P<a>x)(?P<b>y)?", "a\\sb", "a\\Sb", "[\\s]", "x\\vy",
      "\\101\\x42", "[a[]+", "[&&]+", "[a&&b]", "a{,2}", "a{2}", "x{", "(?U)a+", "(?U)a+?b",
      "(?i)straße", "(?i)[k]", "\\bfoo\\b.*", ".*\\Bo\\B.*", "foo$", "(?m)foo$", "^foo",
      "\\p{Greek}+", "\\PL+", "\\p{Lu}\\p{Ll}*", "\\pN+", "[\\p{Greek}a]+",
      "\\Qa.b\\E", "a.c", "é+", "[^a-c]+", "\\d+", "\\w+", "(?s:a.b)", "#x", " +");
  private static final List<String> VALUES = List.of("", "foo", "bar", "Foo", "FOO", "x",
      "xy", "a b", "a\tb", "a_b", "ab", "aa", "a", "aaa", "AB", "x{", "a.b", "axb", "a\u000bb",
      "x\u000by", "[a", "&&", "&", "a{,2}", "αβγ", "Αβγ", "Éé", "é", "123", "١٢٣", "foo bar",
      "xfoo", "STRASSE", "straße", "K", "\u212a", "k", " ", "  x", "#x", "abc", "d", "a-b",
      "a\nb", "ǅ");

  @TempDir Path tmp;

  @Test
  void cwmonMatchesEveryRegexAsAlertmanagerDoes() throws IOException {
    Assumptions.assumeTrue(Amtool.available(), "amtool is not installed");
    Path config = tmp.resolve("alertmanager.yml");
    Files.writeString(config, config());
    assertThat(Amtool.accepts(config)).as("amtool accepts the regexes").isTrue();

    List<String> disagreements = new ArrayList<>();
    for (String value : VALUES) {
      List<String> amtool = Amtool.routesTest(config, Map.of("v", value));
      List<String> cwmon = new ArrayList<>();
      for (int i = 0; i < REGEXES.size(); i++) {
        Matcher m = new Matcher("v", Matcher.Op.RE, REGEXES.get(i));
        if (Labels.matches(m, Map.of("v", value))) {
          cwmon.add("r" + i);
        }
      }
      if (cwmon.isEmpty()) {
        cwmon.add("none");
      }
      if (!cwmon.equals(amtool)) {
        disagreements.add(describe(value, cwmon, amtool));
      }
    }

    assertThat(disagreements).isEmpty();
  }

  private static String config() {
    StringBuilder out = new StringBuilder("route:\n  receiver: none\n  routes:\n");
    for (int i = 0; i < REGEXES.size(); i++) {
      out.append("    - receiver: r").append(i).append("\n      continue: true\n")
          .append("      matchers: ['v=~").append(goQuote(REGEXES.get(i))).append("']\n");
    }
    out.append("receivers:\n  - name: none\n");
    for (int i = 0; i < REGEXES.size(); i++) {
      out.append("  - name: r").append(i).append('\n');
    }
    return out.toString();
  }

  /** A Go double-quoted string inside a YAML single-quoted scalar. */
  private static String goQuote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "''") + "\"";
  }

  private String describe(String value, List<String> cwmon, List<String> amtool) {
    List<String> only = new ArrayList<>();
    for (String r : cwmon) {
      if (!amtool.contains(r) && !r.equals("none")) {
        only.add("cwmon only: " + REGEXES.get(Integer.parseInt(r.substring(1))));
      }
    }
    for (String r : amtool) {
      if (!cwmon.contains(r) && !r.equals("none")) {
        only.add("amtool only: " + REGEXES.get(Integer.parseInt(r.substring(1))));
      }
    }
    return "value " + Matcher.class.getSimpleName() + " \"" + value.replace("\n", "\\n")
        + "\": " + only;
  }
}
