package dev.cwmon.check;

import dev.cwmon.bind.ForeignBinder;
import dev.cwmon.diag.Diagnostics;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares prometheus.yml's rule_files patterns with the rule files linted beside it (CW414),
 * by file name: the linted files are rarely in the folder Prometheus reads them from.
 */
public final class RuleFilesCheck {
  private RuleFilesCheck() {}

  public static void run(ForeignBinder.Bound bound, Diagnostics diagnostics) {
    if (bound.prometheus() && bound.ruleFileNames().isEmpty()) {
      missingFiles(bound, diagnostics);
      return;
    }
    if (!bound.prometheus()) {
      return;
    }
    List<PathMatcher> matchers = new ArrayList<>();
    for (ForeignBinder.RuleFilesEntry e : bound.ruleFiles()) {
      PathMatcher m = matcher(e.pattern());
      matchers.add(m);
      if (m != null && bound.ruleFileNames().stream().noneMatch(n -> m.matches(Path.of(n)))) {
        diagnostics.warning("CW414", e.path(), e.at(), "rule_files entry \"" + e.pattern()
            + "\" loads none of the rule files linted", "the linted rule files are "
            + String.join(", ", bound.ruleFileNames()) + "; correct the pattern or the name");
      }
    }
    for (int i = 0; i < bound.ruleFileNames().size(); i++) {
      String name = bound.ruleFileNames().get(i);
      boolean loaded = matchers.stream().anyMatch(m -> m == null || m.matches(Path.of(name)));
      if (!loaded) {
        diagnostics.warning("CW414", "rules[" + i + "]", bound.ruleFilePositions().get(i),
            "rule file " + name + " is not loaded by any rule_files entry of prometheus.yml",
            "add it to rule_files, or Prometheus never evaluates its rules");
      }
    }
  }

  /**
   * With no rule file linted beside it: entries without a glob that name no file, relative to
   * prometheus.yml's folder, as promtool check config finds them ("does not point to an
   * existing file"). A warning, since the files may live only where Prometheus runs.
   */
  private static void missingFiles(ForeignBinder.Bound bound, Diagnostics diagnostics) {
    for (ForeignBinder.RuleFilesEntry e : bound.ruleFiles()) {
      if (e.pattern().matches(".*[*?\\[].*") || e.at().file() == null) {
        continue;
      }
      Path config = Path.of(e.at().file()).toAbsolutePath().getParent();
      Path file = config == null ? Path.of(e.pattern()) : config.resolve(e.pattern());
      if (!java.nio.file.Files.exists(file)) {
        diagnostics.warning("CW414", e.path(), e.at(), "rule_files entry \"" + e.pattern()
            + "\" points to no file: " + file + " does not exist", "promtool check config"
            + " refuses it; lint the rule files with prometheus.yml, or correct the path");
      }
    }
  }

  /** A matcher for the pattern's last segment, or null when it cannot be read as a glob. */
  private static PathMatcher matcher(String pattern) {
    String last = pattern.substring(pattern.lastIndexOf('/') + 1);
    try {
      return FileSystems.getDefault().getPathMatcher("glob:" + last);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
