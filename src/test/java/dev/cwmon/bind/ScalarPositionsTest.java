package dev.cwmon.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.cli.ExitCodes;
import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PromQL and template errors inside a YAML scalar point at their exact file line and column in
 * every scalar style: folded plain lines, escapes, block indicators and folded blocks.
 */
class ScalarPositionsTest {
  @TempDir Path tmp;

  @Test
  void promqlErrorsPointAtTheirPlaceInEveryScalarStyle() throws IOException {
    // Every expression has "rate(up)", which CW201 reports at its argument "up": the
    // expected column is the one of that "u" in the file line.
    Path spec = write("promql.yaml",
        "name: s",                                            // 1
        "rules:",                                             // 2
        "  - file: s-rules.yml",                              // 3
        "    groups:",                                        // 4
        "      - name: g",                                    // 5
        "        rules:",                                     // 6
        "          - alert: PlainMultiLine",                  // 7
        "            expr: sum(rate(up[5m]))",                // 8
        "              + rate(up)",                           // 9
        "          - alert: PlainEmptyLine",                  // 10
        "            expr: sum(rate(up[5m]))",                // 11
        "",                                                   // 12
        "              + rate(up)",                           // 13
        "          - alert: DoubleEscapes",                   // 14
        "            expr: \"sum(rate(up[5m]))\\t+\\trate(up)\"", // 15
        "          - alert: DoubleContinued",                 // 16
        "            expr: \"sum(rate(up[5m])) \\",           // 17
        "              + rate(up)\"",                         // 18
        "          - alert: DoubleFolded",                    // 19
        "            expr: \"sum(rate(up[5m]))",              // 20
        "              + rate(up)\"",                         // 21
        "          - alert: SingleEscapes",                   // 22
        "            expr: 'up{job=''a''} + rate(up)'",       // 23
        "          - alert: LiteralIndicator",                // 24
        "            expr: |2",                               // 25
        "                sum(rate(up[5m]))",                  // 26
        "                  + rate(up)",                       // 27
        "          - alert: Folded",                          // 28
        "            expr: >-",                               // 29
        "              sum(rate(up[5m]))",                    // 30
        "              + rate(up)",                           // 31
        "          - alert: FoldedMoreIndented",              // 32
        "            expr: >",                                // 33
        "              sum(rate(up[5m]))",                    // 34
        "",                                                   // 35
        "                + rate(up)",                         // 36
        "              + 1",                                  // 37
        "");

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    String error = ": error CW201: PromQL: expected type range vector in call to function \"rate\"";
    assertThat(r.out())
        // Continuation line of a plain scalar: 14 spaces, "+" at 15, "rate(" at 17-21, "u" 22.
        .contains(spec + ":9:22" + error)
        // The same after an empty line, which the value keeps as a line break.
        .contains(spec + ":13:22" + error)
        // 12 spaces, "expr:" 13-17, quote 19, "sum(rate(up[5m]))" 20-36, "\t" 37-38, "+" 39,
        // "\t" 40-41, "rate(" 42-46: "u" at 47 although the value has it at column 26.
        .contains(spec + ":15:47" + error)
        // An escaped line break drops the break and the next line's indentation: "u" at 22.
        .contains(spec + ":18:22" + error)
        // An unescaped break in quotes folds into a space: "u" at 22 of the next line.
        .contains(spec + ":21:22" + error)
        // Quote 19, "up{job=" 20-26, "''" 27-28, "a" 29, "''" 30-31, "} + " 32-35,
        // "rate(" 36-40: "u" at 41, two columns after its column in the value.
        .contains(spec + ":23:41" + error)
        // "|2" under key column 12 gives content indentation 14; line 27 has 18 spaces,
        // "+" at 19, "rate(" 21-25: "u" at 26.
        .contains(spec + ":27:26" + error)
        // ">-" folds line 31 onto line 30 with a space: "u" at 22 of line 31.
        .contains(spec + ":31:22" + error)
        // A more-indented folded line keeps its breaks: 16 spaces, "+" 17, "rate(" 19-23.
        .contains(spec + ":36:24" + error)
        .contains("9 errors");
  }

  @Test
  void templateErrorsPointAtTheirPlaceInEveryScalarStyle() throws IOException {
    // Each annotation calls "nofunc", which CW220 reports at the function's name: the
    // expected column is the one of its "n" in the file line.
    Path spec = write("templates.yaml",
        "name: s",                                                    // 1
        "rules:",                                                     // 2
        "  - file: s-rules.yml",                                      // 3
        "    groups:",                                                // 4
        "      - name: g",                                            // 5
        "        rules:",                                             // 6
        "          - alert: Templates",                               // 7
        "            expr: vector(1)",                                // 8
        "            annotations:",                                   // 9
        "              summary: \"\\t{{ humanize \\\"x\\\" | nofunc }}\"", // 10
        "              description: 'It''s {{ nofunc }}'",            // 11
        "              runbook: >-",                                  // 12
        "                Look at {{ $labels.job }}",                  // 13
        "                and {{ nofunc }}",                           // 14
        "              detail: |+",                                   // 15
        "                {{ $labels.job }}",                          // 16
        "                  {{ nofunc }}",                             // 17
        "",                                                           // 18
        "");

    Cwmon.Result r = Cwmon.run("lint", spec.toString());

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    String error = ": error CW220: template: function \"nofunc\" not defined";
    assertThat(r.out())
        // 14 spaces, "summary:" 15-22, quote 24, "\t" 25-26, "{{ " 27-29, "humanize " 30-38,
        // "\"x\"" 39-43, " | " 44-46: "n" at 47, four columns after its value column.
        .contains(spec + ":10:47" + error)
        // "description:" 15-26, quote 28, "It" 29-30, "''" 31-32, "s " 33-34, "{{ " 35-37:
        // "n" at 38.
        .contains(spec + ":11:38" + error)
        // ">-" joins lines 13 and 14; line 14 has 16 spaces, "and " 17-20, "{{ " 21-23: 24.
        .contains(spec + ":14:24" + error)
        // "|+" keeps the two extra spaces of line 17 (18 spaces), "{{ " 19-21: "n" at 22.
        .contains(spec + ":17:22" + error)
        .contains("4 errors");
  }

  @Test
  void aScalarWithAnAnchorOrATagIsScannedAfterThem() {
    SourceMap map = new SourceMap();
    map.addText("f.yaml", "k: &a !!str 'x''y'\n");
    // SnakeYAML starts the node at its anchor, column 4.
    dev.cwmon.diag.Position start = new dev.cwmon.diag.Position("f.yaml", 1, 4);
    map.put("k", start);
    map.putStyle("k", '\'');
    map.putScalar("k", start, '\'', "x'y");
    // "&a" 4-5, "!!str" 7-11, quote 13, "x" 14, "''" 15-16: "y" at 17.
    assertThat(map.inValue("k", 1, 3)).isEqualTo(new dev.cwmon.diag.Position("f.yaml", 1, 17));
  }

  @Test
  void aValueTheRescanCannotRebuildIsReportedAtItsStart() {
    SourceMap map = new SourceMap();
    map.addText("f.yaml", "expr: \"a\\qb\"\n");
    dev.cwmon.diag.Position start = new dev.cwmon.diag.Position("f.yaml", 1, 7);
    map.put("expr", start);
    map.putStyle("expr", '"');
    // "\q" is no YAML escape, so the scan cannot be sure where "b" is.
    map.putScalar("expr", start, '"', "a?b");
    assertThat(map.inValue("expr", 1, 3)).isEqualTo(start);
  }

  @Test
  void crLineEndsAndCodePointsBeyondTheBmpAreCountedAsSnakeYamlCounts() {
    SourceMap map = new SourceMap();
    map.addText("f.yaml", "k: \"\\U0001F600 x\r\n  y\"\r\n");
    dev.cwmon.diag.Position start = new dev.cwmon.diag.Position("f.yaml", 1, 4);
    map.put("k", start);
    map.putStyle("k", '"');
    map.putScalar("k", start, '"', "\uD83D\uDE00 x y");
    // The emoji is two UTF-16 chars in the value, so "x" is at value column 4; in the file it
    // follows quote 4, escape "\U0001F600" 5-14 and a space 15: at 16. The CR is no column;
    // "y" comes after the folded break and two spaces of indentation, at 2:3.
    assertThat(map.inValue("k", 1, 4)).isEqualTo(new dev.cwmon.diag.Position("f.yaml", 1, 16));
    assertThat(map.inValue("k", 1, 6)).isEqualTo(new dev.cwmon.diag.Position("f.yaml", 2, 3));
  }

  private Path write(String name, String... lines) throws IOException {
    Path spec = tmp.resolve(name);
    Files.writeString(spec, String.join("\n", lines));
    return spec;
  }
}
