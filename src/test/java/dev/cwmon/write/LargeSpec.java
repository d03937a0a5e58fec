package dev.cwmon.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A spec with many rule files of many rules, so that writing its output takes a while. */
final class LargeSpec {
  private LargeSpec() {}

  static Path write(Path file, String variant, int files, int rulesPerFile) throws IOException {
    StringBuilder s = new StringBuilder("name: large\nprometheus:\n  scrape_configs:\n"
        + "    - job_name: app\n      static_configs:\n        - targets: [\"app:9090\"]\n"
        + "rules:\n");
    for (int f = 0; f < files; f++) {
      s.append("  - file: ").append(variant).append("-").append(f).append("-rules.yml\n")
          .append("    groups:\n      - name: g").append(f).append("\n        rules:\n");
      for (int r = 0; r < rulesPerFile; r++) {
        s.append("          - alert: A").append(f).append('_').append(r).append('\n')
            .append("            expr: up{job=\"app\"} == ").append(r).append('\n')
            .append("            labels: {severity: warning, variant: ").append(variant)
            .append("}\n");
      }
    }
    Files.writeString(file, s);
    return file;
  }
}
