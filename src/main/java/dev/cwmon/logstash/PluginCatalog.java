package dev.cwmon.logstash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The plugins of Logstash's default distribution by kind ({@code input}, {@code filter},
 * {@code output}, {@code codec}) and the option names of the common ones, read from
 * {@code plugins.yaml} beside this class, which names its sources.
 */
public final class PluginCatalog {
  private static final PluginCatalog DEFAULT = load();

  private final Map<String, Set<String>> bundled;
  private final Map<String, Set<String>> common;
  private final Map<String, Map<String, Set<String>>> options;

  private PluginCatalog(Map<String, Set<String>> bundled, Map<String, Set<String>> common,
      Map<String, Map<String, Set<String>>> options) {
    this.bundled = bundled;
    this.common = common;
    this.options = options;
  }

  public static PluginCatalog bundled() {
    return DEFAULT;
  }

  /** The bundled plugins of {@code kind}, sorted; empty for an unknown kind. */
  public Set<String> plugins(String kind) {
    return bundled.getOrDefault(kind, Set.of());
  }

  public boolean isBundled(String kind, String name) {
    return plugins(kind).contains(name);
  }

  /**
   * Every option {@code name} of {@code kind} takes, common options included, when its
   * reference page was read; empty when cwmon does not know the plugin's options.
   */
  public Optional<Set<String>> options(String kind, String name) {
    Set<String> own = options.getOrDefault(kind, Map.of()).get(name);
    if (own == null) {
      return Optional.empty();
    }
    Set<String> all = new TreeSet<>(own);
    all.addAll(common.getOrDefault(kind, Set.of()));
    return Optional.of(all);
  }

  @SuppressWarnings("unchecked")
  private static PluginCatalog load() {
    try (InputStream in = PluginCatalog.class.getResourceAsStream("plugins.yaml")) {
      Map<String, Object> raw = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      Map<String, Map<String, Set<String>>> options = new TreeMap<>();
      ((Map<String, Map<String, List<String>>>) raw.get("options")).forEach(
          (kind, plugins) -> options.put(kind, sets((Map<String, Object>) (Map<?, ?>) plugins)));
      return new PluginCatalog(sets((Map<String, Object>) raw.get("bundled")),
          sets((Map<String, Object>) raw.get("common")), options);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Set<String>> sets(Map<String, Object> lists) {
    Map<String, Set<String>> out = new TreeMap<>();
    lists.forEach((key, list) -> out.put(key,
        java.util.Collections.unmodifiableSet(new TreeSet<>((List<String>) list))));
    return out;
  }
}
