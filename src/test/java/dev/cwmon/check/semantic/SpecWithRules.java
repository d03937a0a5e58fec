package dev.cwmon.check.semantic;

import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CodeWeaver example spec with its rules (and optionally inhibit rules) replaced. */
final class SpecWithRules {
  private SpecWithRules() {}

  /** Writes the spec into {@code dir}; {@code rules} are rule items at 10 spaces' indent. */
  static Path write(Path dir, String rules, String inhibitRules) {
    try {
      String spec = Files.readString(Cwmon.example("codeweaver").resolve("cwmon.yaml"));
      int cut = spec.indexOf("rules:\n  - file:");
      int am = spec.indexOf("alertmanager:\n  global:");
      String head = "rules:\n  - file: test-rules.yml\n    groups:\n      - name: test\n"
          + "        rules:\n";
      String out = spec.substring(0, cut) + head + rules + "\n" + spec.substring(am);
      if (inhibitRules != null) {
        out = out.replace("  inhibit_rules:\n", "  inhibit_rules:\n" + inhibitRules);
      }
      Path file = dir.resolve("cwmon.yaml");
      Files.writeString(file, out);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One alerting rule item with an optional description annotation. */
  static String alert(String name, String expr, String description) {
    String rule = "          - alert: " + name + "\n            expr: '" + expr.replace("'", "''")
        + "'\n";
    if (description != null) {
      rule += "            annotations:\n              description: \"" + description + "\"\n";
    }
    return rule;
  }

  static String record(String name, String expr) {
    return "          - record: " + name + "\n            expr: '" + expr + "'\n";
  }
}
