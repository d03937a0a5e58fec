package dev.cwmon.bind;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.SpecVersion;
import dev.cwmon.model.Spec;
import dev.cwmon.model.prometheus.ScrapeConfig;
import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.JsonSchemas;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpecSchemaTest {
  private static final JsonNode SCHEMA = parse(SpecSchema.json());

  private static JsonNode parse(String json) {
    try {
      return new ObjectMapper().readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> validate(JsonNode spec) {
    return JsonSchemas.validate(SCHEMA, SpecVersion.VersionFlag.V202012, spec);
  }

  private static List<Path> exampleSpecs() throws IOException {
    try (Stream<Path> dirs = Files.list(Cwmon.repo().resolve("examples"))) {
      return dirs.map(d -> d.resolve("cwmon.yaml")).filter(Files::isRegularFile).sorted()
          .toList();
    }
  }

  private static JsonNode example() {
    return JsonSchemas.yaml(Cwmon.repo().resolve("examples/codeweaver/cwmon.yaml"));
  }

  @Test
  void everyExampleSpecIsValid() throws IOException {
    List<Path> examples = exampleSpecs();

    assertThat(examples).isNotEmpty();
    for (Path example : examples) {
      assertThat(validate(JsonSchemas.yaml(example))).as(example.toString()).isEmpty();
    }
  }

  @Test
  void theInitStarterSpecIsValid() throws IOException {
    try (var in = SpecSchema.class.getResourceAsStream("/dev/cwmon/init/cwmon.yaml")) {
      String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(validate(JsonSchemas.yaml(text))).isEmpty();
    }
  }

  @Test
  void anUnknownKeyIsInvalid() {
    ObjectNode spec = (ObjectNode) example();
    ((ObjectNode) spec.path("prometheus").path("global")).put("scrape_intervall", "1m");

    assertThat(validate(spec)).anyMatch(m -> m.contains("scrape_intervall"));
  }

  @Test
  void aMissingRequiredKeyAnEnumValueAndADurationAreChecked() {
    JsonNode spec = JsonSchemas.yaml("""
        targets: {prometheus: "2.42"}
        catalog: {metrics: [{name: m, type: countr}]}
        prometheus:
          global: {scrape_interval: 15 seconds}
        """);

    assertThat(validate(spec)).anyMatch(m -> m.contains("name"))
        .anyMatch(m -> m.contains("countr") || m.contains("enum"))
        .anyMatch(m -> m.contains("scrape_interval") && m.contains("pattern"));
  }

  @Test
  void aSecretIsAReferenceByEnvOrFileNeverALiteral() {
    String base = "name: x\nalertmanager: {global: {smtp_auth_password: SECRET}, "
        + "route: {receiver: r}, receivers: [{name: r}]}\n";

    assertThat(validate(JsonSchemas.yaml(base.replace("SECRET", "{file: /p}")))).isEmpty();
    assertThat(validate(JsonSchemas.yaml(base.replace("SECRET", "{env: P}")))).isEmpty();
    assertThat(validate(JsonSchemas.yaml(base.replace("SECRET", "hunter2")))).isNotEmpty();
    assertThat(validate(JsonSchemas.yaml(base.replace("SECRET", "{env: P, file: /p}"))))
        .isNotEmpty();
  }

  @Test
  void environmentOverlaysMayOnlyNameTopLevelKeys() {
    String good = "name: x\nenvironments: {prod: {prometheus: {}}, dev: }\n";
    String bad = "name: x\nenvironments: {prod: {prometeus: {}}}\n";

    assertThat(validate(JsonSchemas.yaml(good))).isEmpty();
    assertThat(validate(JsonSchemas.yaml(bad))).isNotEmpty();
  }

  @Test
  void propertiesAreTheRecordComponentsUnderTheirSpecKeys() {
    List<String> specKeys = Arrays.stream(Spec.class.getRecordComponents())
        .map(Names::keyOf).toList();
    List<String> jobKeys = Arrays.stream(ScrapeConfig.class.getRecordComponents())
        .map(Names::keyOf).toList();

    assertThat(SCHEMA.path("properties").fieldNames()).toIterable()
        .containsAll(specKeys).contains("environments");
    assertThat(SCHEMA.path("$defs").path("ScrapeConfig").path("properties").fieldNames())
        .toIterable().containsExactlyElementsOf(jobKeys);
    assertThat(SCHEMA.path("$defs").path("ScrapeConfig").path("required").get(0).asText())
        .isEqualTo("job_name");
    assertThat(SCHEMA.path("$defs").path("ScrapeConfig").path("additionalProperties")
        .asBoolean(true)).isFalse();
    assertThat(SCHEMA.path("$schema").asText())
        .isEqualTo("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void theSchemaIsTheSameOnEveryRun() {
    assertThat(SpecSchema.json()).isEqualTo(SpecSchema.json());
    assertThat(Cwmon.run("schema").out()).isEqualTo(SpecSchema.json());
  }
}
