package dev.cwmon.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.render.Output;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A spec built as maps and lists, run through cwmon as {@code generate} runs it, plain and
 * with {@code --format kubernetes}; and readers for what it wrote, independent of cwmon.
 */
final class Generated {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<Diagnostic> errors;
  final List<Output> plain;
  final List<Output> kubernetes;

  private Generated(List<Diagnostic> errors, List<Output> plain, List<Output> kubernetes) {
    this.errors = errors;
    this.plain = plain;
    this.kubernetes = kubernetes;
  }

  /** Checks {@code spec}, dumped as YAML, and renders it when it has no errors. */
  static Generated run(Map<String, Object> spec) {
    DumperOptions options = new DumperOptions();
    options.setWidth(Integer.MAX_VALUE);
    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(LoadLimits.DEFAULT, null);
    Pipeline.Checked checked;
    try {
      Path file = Files.createTempFile("cwmon-props", ".yaml");
      try {
        Files.writeString(file, new Yaml(options).dump(spec));
        checked = pipeline.check(file, diagnostics);
      } finally {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (checked.spec() == null) {
      List<Diagnostic> errors = diagnostics.sorted().stream()
          .filter(d -> d.severity() == dev.cwmon.diag.Severity.ERROR).toList();
      assertThat(errors).as("a refused spec has errors").isNotEmpty();
      return new Generated(errors, List.of(), List.of());
    }
    return new Generated(List.of(), pipeline.render(checked.spec(), "props.yaml"),
        pipeline.renderKubernetes(checked.spec(), "props.yaml"));
  }

  boolean refused() {
    return !errors.isEmpty();
  }

  /** The codes of the errors that refused the spec, for an assertion's message. */
  List<String> errorLines() {
    return errors.stream().map(Diagnostic::format).toList();
  }

  /** The distinct codes of the errors, sorted. */
  List<String> codes() {
    return errors.stream().map(Diagnostic::code).distinct().sorted().toList();
  }

  String text(String path) {
    return find(plain, path).text();
  }

  String kubernetesText(String path) {
    return find(kubernetes, path).text();
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> yaml(String path) {
    return (Map<String, Object>) yaml().load(text(path));
  }

  /** The documents of a multi-document file of the kubernetes output. */
  @SuppressWarnings("unchecked")
  List<Map<String, Object>> kubernetesDocs(String file) {
    List<Map<String, Object>> docs = new ArrayList<>();
    yaml().loadAll(kubernetesText("kubernetes/" + file))
        .forEach(d -> docs.add((Map<String, Object>) d));
    return docs;
  }

  /** The one object of {@code kind} named {@code name} in the kubernetes output. */
  Map<String, Object> kubernetesObject(String file, String name) {
    return kubernetesDocs(file).stream()
        .filter(d -> name.equals(((Map<?, ?>) d.get("metadata")).get("name")))
        .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in " + file));
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> json(String path) {
    try {
      return JSON.readValue(text(path), Map.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  List<String> paths() {
    return plain.stream().map(Output::path).toList();
  }

  private static Output find(List<Output> outputs, String path) {
    return outputs.stream().filter(o -> o.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no output " + path + " in "
            + outputs.stream().map(Output::path).toList()));
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return new Yaml(new SafeConstructor(options));
  }

  /** {@code node.get(k1).get(k2)...}: keys index maps, integers index lists. */
  static Object at(Object node, Object... keys) {
    Object at = node;
    for (Object key : keys) {
      at = key instanceof Integer i ? ((List<?>) at).get(i) : ((Map<?, ?>) at).get(key);
    }
    return at;
  }
}
