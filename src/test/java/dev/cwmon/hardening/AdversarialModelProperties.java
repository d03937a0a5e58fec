package dev.cwmon.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.render.Output;
import dev.cwmon.verify.Verifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Random valid specs whose strings are made of every character special to YAML, JSON, Go
 * templates, Logstash and FreeMarker, plus astral characters, emoji and very long values,
 * render to files that parse back equal to the model.
 */
class AdversarialModelProperties {
  private static final String SPECIAL = ":#&*!|>'\"%@`,[]{}?-\\/$()=~<>;^+. \t\n\u00a0\u2028"
      + "é日本✓\uD83D\uDE80\uD835\uDD38";
  private static final List<String> PIECES = List.of("${X}", "[=x]", "<#if x>", "#{x}",
      "{{", "}}", "yes", "null", "~", "0x1F", "1e3", "- ", "? ", "--- ", "...", "%YAML",
      "&a", "*a", "!!str", "\\n", "\\u0041", "' '", "\"\"", "=>", "if [x] ", "${a:b}");

  @Provide
  Arbitrary<String> nasty() {
    List<String> codePoints = SPECIAL.codePoints().mapToObj(Character::toString).toList();
    Arbitrary<String> chars = Arbitraries.of(codePoints).list().ofMinSize(1).ofMaxSize(12)
        .map(l -> String.join("", l));
    Arbitrary<String> piece = Arbitraries.of(PIECES);
    Arbitrary<String> mixed = Arbitraries.oneOf(chars, piece).list().ofMinSize(1).ofMaxSize(6)
        .map(l -> String.join("", l));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(12, mixed),
        net.jqwik.api.Tuple.of(1, mixed.map(s -> s.repeat(5000 / s.length() + 1))));
  }

  @Property(tries = 60)
  void adversarialValuesReadBackEqualToTheModel(@ForAll("nasty") String a,
      @ForAll("nasty") String b, @ForAll("nasty") String c) throws Exception {
    String noTemplate = a.replace("{{", "{ {");
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("alert", b);
    rule.put("expr", "vector(1) > 0");
    rule.put("labels", Map.of("l", noTemplate));
    rule.put("annotations", Map.of("summary", noTemplate));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "nasty");
    spec.put("prometheus", Map.of(
        "global", Map.of("external_labels", Map.of("e", c)),
        "scrape_configs", List.of(Map.of("job_name", c,
            "static_configs", List.of(Map.of("targets", List.of("app:9090"),
                "labels", Map.of("s", a))),
            "relabel_configs", List.of(Map.of("target_label", "x", "replacement", a))))));
    spec.put("rules", List.of(Map.of("file", "r.yml", "groups",
        List.of(Map.of("name", c, "rules", List.of(rule))))));
    spec.put("alertmanager", Map.of(
        "route", Map.of("receiver", b, "routes", List.of(Map.of("receiver", b))),
        "receivers", List.of(Map.of("name", b, "email_configs", List.of(Map.of(
            "to", "x@example.com", "from", "y@example.com", "smarthost", "mail:25",
            "headers", Map.of("X-Note", noTemplate)))))));
    DumperOptions options = new DumperOptions();
    options.setWidth(Integer.MAX_VALUE);
    Path file = Files.createTempFile("cwmon-nasty", ".yaml");
    Files.writeString(file, new Yaml(options).dump(spec));

    Diagnostics diagnostics = new Diagnostics();
    Pipeline pipeline = new Pipeline(LoadLimits.DEFAULT, null);
    Pipeline.Checked checked;
    try {
      checked = pipeline.check(file, diagnostics);
    } finally {
      Files.delete(file);
    }
    if (checked.spec() == null) {
      throw new AssertionError("valid spec refused: " + diagnostics.sorted());
    }
    List<Output> outputs = pipeline.render(checked.spec(), "nasty.yaml");
    assertThat(Verifier.verify(outputs)).isEmpty();
    Map<String, Object> rules = load(outputs, "r.yml");
    Map<?, ?> readRule = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) rules.get("groups"))
        .get(0)).get("rules")).get(0);
    assertThat(readRule.get("alert")).isEqualTo(b);
    assertThat(((Map<?, ?>) readRule.get("labels")).get("l")).isEqualTo(noTemplate);
    Map<String, Object> prom = load(outputs, "prometheus.yml");
    Map<?, ?> job = (Map<?, ?>) ((List<?>) prom.get("scrape_configs")).get(0);
    assertThat(job.get("job_name")).isEqualTo(c);
    Map<String, Object> am = load(outputs, "alertmanager.yml");
    assertThat(((Map<?, ?>) am.get("route")).get("receiver")).isEqualTo(b);
  }

  private static Map<String, Object> load(List<Output> outputs, String path) {
    String text = outputs.stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow()
        .text();
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return new Yaml(new SafeConstructor(options)).load(text);
  }
}
