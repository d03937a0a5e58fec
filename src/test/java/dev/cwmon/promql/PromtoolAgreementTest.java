package dev.cwmon.promql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The invalid and tricky valid case lists, checked against cwmon and, where it is installed,
 * against {@code promtool check rules} as the oracle.
 */
class PromtoolAgreementTest {
  @TempDir Path tmp;

  static Stream<String> invalid() {
    return Cases.list("invalid.txt").stream();
  }

  static Stream<String> valid() {
    return Cases.list("valid.txt").stream();
  }

  @Test
  void caseListsAreLargeEnough() {
    assertThat(Cases.list("invalid.txt")).hasSizeGreaterThanOrEqualTo(60);
    assertThat(Cases.list("valid.txt")).hasSizeGreaterThanOrEqualTo(60);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void cwmonRejectsInvalidExpression(String promql) {
    assertThatThrownBy(() -> PromQL.parse(promql)).isInstanceOf(PromqlException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("valid")
  void cwmonAcceptsTrickyValidExpression(String promql) {
    assertThat(PromQL.parse(promql)).isNotNull();
  }

  @Test
  void promtoolRejectsEachInvalidExpressionAlone() {
    assumePromtool();
    List<String> cases = Cases.list("invalid.txt");

    List<String> accepted = cases.parallelStream()
        .filter(promql -> promtoolAccepts(List.of(promql)))
        .collect(Collectors.toList());

    assertThat(accepted).as("accepted by promtool").isEmpty();
  }

  @Test
  void promtoolAcceptsEveryValidExpression() {
    assumePromtool();

    assertThat(promtoolAccepts(Cases.list("valid.txt"))).isTrue();
  }

  private static void assumePromtool() {
    boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir, "promtool")));
    Assumptions.assumeTrue(found, "promtool not on PATH; oracle comparison skipped");
  }

  /** Writes each expression as a recording rule and runs {@code promtool check rules}. */
  private boolean promtoolAccepts(List<String> exprs) {
    try {
      Path file = Files.createTempFile(tmp, "rules", ".yml");
      StringBuilder yaml = new StringBuilder("groups:\n- name: g\n  rules:\n");
      for (int i = 0; i < exprs.size(); i++) {
        yaml.append("  - record: r").append(i).append("\n    expr: ")
            .append(yamlQuote(exprs.get(i))).append('\n');
      }
      Files.writeString(file, yaml, StandardCharsets.UTF_8);
      Process p = new ProcessBuilder("promtool", "check", "rules", file.toString())
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      return p.exitValue() == 0;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A YAML double-quoted scalar; JSON string escapes are valid YAML escapes. */
  private static String yamlQuote(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < ' ') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
