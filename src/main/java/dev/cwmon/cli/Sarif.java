package dev.cwmon.cli;

import dev.cwmon.diag.Codes;
import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Severity;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Lint results as a SARIF 2.1.0 log, the format GitHub code scanning uploads: one run, the
 * codes used as rules with their explanations, each diagnostic a result with its region.
 */
final class Sarif {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private Sarif() {}

  static Map<String, Object> log(List<Diagnostic> diagnostics) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "cwmon");
    driver.put("version", "0.1.0");
    TreeSet<String> codes = new TreeSet<>();
    diagnostics.forEach(d -> codes.add(d.code()));
    driver.put("rules", codes.stream().map(Sarif::rule).toList());
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    // Columns count Unicode code points, as SnakeYAML's marks do, not UTF-16 units.
    run.put("columnKind", "unicodeCodePoints");
    run.put("results", diagnostics.stream().map(Sarif::result).toList());
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return log;
  }

  private static Map<String, Object> rule(String code) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", code);
    Codes.Entry entry = Codes.find(code);
    if (entry != null) {
      rule.put("name", camel(entry.title()));
      rule.put("shortDescription", Map.of("text", entry.title()));
      rule.put("fullDescription", Map.of("text", entry.explanation().strip()));
      rule.put("help", Map.of("text", entry.fix().strip()));
    }
    return rule;
  }

  private static Map<String, Object> result(Diagnostic d) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("ruleId", d.code());
    result.put("level", level(d.severity()));
    String text = d.message() + (d.hint().isEmpty() ? "" : ". Hint: " + d.hint());
    result.put("message", Map.of("text", text));
    Map<String, Object> region = new LinkedHashMap<>();
    region.put("startLine", Math.max(1, d.position().line()));
    region.put("startColumn", Math.max(1, d.position().column()));
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", Map.of("uri", uri(d.position().file())));
    physical.put("region", region);
    Map<String, Object> location = new LinkedHashMap<>();
    location.put("physicalLocation", physical);
    if (!d.path().isEmpty()) {
      location.put("logicalLocations", List.of(Map.of("fullyQualifiedName", d.path())));
    }
    result.put("locations", List.of(location));
    if (d.isSilenced()) {
      result.put("suppressions",
          List.of(Map.of("kind", "inSource", "justification", d.silencedBecause())));
    }
    return result;
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * A relative, forward-slash URI as code scanning expects for files in the repository, each
   * path segment percent-encoded (RFC 3986) so that a space, # or % in a name survives.
   */
  static String uri(String file) {
    String f = file.replace('\\', '/');
    f = f.startsWith("./") ? f.substring(2) : f;
    StringBuilder out = new StringBuilder();
    for (byte b : f.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 128 && (Character.isLetterOrDigit(c) || "/-._~".indexOf(c) >= 0)) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }

  private static String camel(String title) {
    StringBuilder out = new StringBuilder();
    for (String word : title.split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return out.toString();
  }
}
