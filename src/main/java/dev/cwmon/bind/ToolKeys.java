package dev.cwmon.bind;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The keys promtool 2.42 and amtool 0.25 accept in the parts of their files cwmon models
 * (tool-keys.yaml, read off the tools themselves). Lint of those files refuses a key the tool
 * would refuse, and only names one the tool knows and cwmon does not model.
 */
final class ToolKeys {
  private static final Map<String, Set<String>> BY_RECORD = load();

  private ToolKeys() {}

  /** The keys the tool accepts in the record {@code type}, or null when cwmon has no list. */
  static Set<String> of(Class<?> type) {
    return BY_RECORD.get(type.getSimpleName());
  }

  /**
   * The keys the tool accepts at {@code keys} below the record {@code type}, in a section cwmon
   * does not model ({@code storage}, {@code storage.tsdb}), or null when there is no list.
   */
  static Set<String> below(Class<?> type, String keys) {
    return BY_RECORD.get(type.getSimpleName() + "." + keys);
  }

  private static Map<String, Set<String>> load() {
    try (InputStream in = ToolKeys.class.getResourceAsStream("tool-keys.yaml")) {
      Map<String, List<String>> raw =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<String, Set<String>> out = new java.util.HashMap<>();
      raw.forEach((record, keys) -> out.put(record, new TreeSet<>(keys)));
      return Map.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
