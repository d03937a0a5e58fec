package dev.cwmon.gotemplate;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Finds the shared corpus of real monitoring files and reads YAML from it. */
final class Corpus {
  private Corpus() {}

  /** {@code shared/corpus}, as {@link dev.cwmon.testing.Shared} finds it. */
  static Optional<Path> root() {
    return dev.cwmon.testing.Shared.find("corpus");
  }

  static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> paths = Files.list(dir)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }

  static List<Object> yamlDocuments(Path file) throws IOException {
    Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
    List<Object> documents = new ArrayList<>();
    try (Reader reader = Files.newBufferedReader(file)) {
      yaml.loadAll(reader).forEach(documents::add);
    }
    return documents;
  }

  /** Every string anywhere under {@code node}, paired with a dotted path to it. */
  static void strings(Object node, String path, List<Map.Entry<String, String>> out) {
    if (node instanceof Map<?, ?> map) {
      map.forEach((k, v) -> strings(v, path + "." + k, out));
    } else if (node instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        strings(list.get(i), path + "[" + i + "]", out);
      }
    } else if (node instanceof String s) {
      out.add(Map.entry(path, s));
    }
  }
}
