package dev.cwmon.promql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** Test inputs: the case lists under resources/promql and the shared rules corpus. */
final class Cases {
  private Cases() {}

  /** Non-empty lines of a case list; lines starting with ";;" are notes. */
  static List<String> list(String name) {
    try (InputStream in = Cases.class.getResourceAsStream("/promql/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().filter(l -> !l.isBlank() && !l.startsWith(";;")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The {@code shared/corpus} folder, as {@link dev.cwmon.testing.Shared} finds it. */
  static Optional<Path> corpus() {
    return dev.cwmon.testing.Shared.find("corpus/rules").map(Path::getParent);
  }

  /** One {@code expr} of a rules file, with the file it came from. */
  record RuleExpr(Path file, String expr) {}

  static List<RuleExpr> corpusExprs(Path corpus) {
    List<RuleExpr> exprs = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus.resolve("rules"))) {
      for (Path file : files.sorted().toList()) {
        Yaml yaml = new Yaml(new LoaderOptions());
        for (Object doc : yaml.loadAll(Files.readString(file))) {
          collect(doc, file, exprs);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return exprs;
  }

  private static void collect(Object node, Path file, List<RuleExpr> out) {
    if (node instanceof Map<?, ?> map) {
      Object expr = map.get("expr");
      if (expr != null && (map.containsKey("record") || map.containsKey("alert"))) {
        out.add(new RuleExpr(file, String.valueOf(expr)));
      }
      map.values().forEach(v -> collect(v, file, out));
    } else if (node instanceof List<?> list) {
      list.forEach(v -> collect(v, file, out));
    }
  }
}
