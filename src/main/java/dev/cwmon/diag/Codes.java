package dev.cwmon.diag;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The catalogue of diagnostic codes, read from {@code codes.yaml} beside this class. */
public final class Codes {
  private static List<Entry> entries;

  private Codes() {}

  /** What one code means: a title, an explanation, an example and the fix. */
  public record Entry(String code, String title, String explanation, String example, String fix) {}

  public static synchronized List<Entry> all() {
    if (entries == null) {
      entries = load();
    }
    return entries;
  }

  public static Entry find(String code) {
    return all().stream().filter(e -> e.code().equals(code)).findFirst().orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static List<Entry> load() {
    try (InputStream in = Codes.class.getResourceAsStream("codes.yaml")) {
      Map<String, Map<String, String>> raw =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      List<Entry> out = new ArrayList<>();
      raw.forEach((code, e) -> out.add(new Entry(code, e.get("title"),
          e.getOrDefault("explanation", ""), e.getOrDefault("example", ""),
          e.getOrDefault("fix", ""))));
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
