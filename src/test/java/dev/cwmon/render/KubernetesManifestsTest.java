package dev.cwmon.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecVersion;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.model.Spec;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.JsonSchemas;
import dev.cwmon.verify.Verifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KubernetesManifestsTest {
  private static final Path CRDS = Cwmon.repo().resolve("src/test/resources/crds");
  private static final Path EXAMPLE = Cwmon.repo().resolve("examples/codeweaver/cwmon.yaml");

  private static Spec spec;
  private static List<Output> plain;
  private static List<Output> manifests;

  @BeforeAll
  static void render() {
    Pipeline pipeline = new Pipeline(LoadLimits.DEFAULT, null);
    Diagnostics diagnostics = new Diagnostics();
    spec = pipeline.check(EXAMPLE, diagnostics).spec();
    assertThat(spec).as(diagnostics.sorted().toString()).isNotNull();
    plain = pipeline.render(spec, "cwmon.yaml");
    manifests = pipeline.renderKubernetes(spec, "cwmon.yaml");
  }

  private static Output manifest(String kind) {
    return manifests.stream().filter(o -> JsonSchemas.yaml(o.text()).path("kind").asText()
        .equals(kind)).findFirst().orElseThrow();
  }

  private static Output plain(String path) {
    return plain.stream().filter(o -> o.path().equals(path)).findFirst().orElseThrow();
  }

  @Test
  void everyRuleFileBecomesAPrometheusRuleThatTheCrdSchemaAccepts() {
    JsonNode schema = JsonSchemas.crdSchema(
        CRDS.resolve("monitoring.coreos.com_prometheusrules.yaml"), "v1");
    List<Output> rules = manifests.stream()
        .filter(o -> o.path().startsWith("kubernetes/prometheusrule-")).toList();

    assertThat(rules).extracting(Output::path)
        .containsExactly("kubernetes/prometheusrule-codeweaver-rules.yaml",
            "kubernetes/prometheusrule-codeweaver-slo-rules.yaml");
    for (Output rule : rules) {
      assertThat(JsonSchemas.validate(schema, SpecVersion.VersionFlag.V7,
          JsonSchemas.yaml(rule.text()))).as(rule.path()).isEmpty();
    }
  }

  @Test
  void theCrdSchemaCheckRejectsAFieldThePrometheusRuleDoesNotHave() {
    JsonNode schema = JsonSchemas.crdSchema(
        CRDS.resolve("monitoring.coreos.com_prometheusrules.yaml"), "v1");
    String bad = manifest("PrometheusRule").text().replace("      rules:", "      rulez:");

    assertThat(JsonSchemas.validate(schema, SpecVersion.VersionFlag.V7, JsonSchemas.yaml(bad)))
        .isNotEmpty();
  }

  @Test
  void thePrometheusRuleGroupsAreTheRuleFilesGroupsByteForByte() {
    String rules = plain("codeweaver-rules.yml").text();
    String rule = manifest("PrometheusRule").text();

    assertThat(JsonSchemas.yaml(rule).path("spec").path("groups"))
        .isEqualTo(JsonSchemas.yaml(rules).path("groups"));
    String ruleGroups = rule.substring(rule.indexOf("\n  groups:\n") + 1);
    String dedented = ruleGroups.lines().map(l -> l.isEmpty() ? l : l.substring(2))
        .reduce("", (a, l) -> a + l + "\n");
    assertThat(dedented).isEqualTo(rules.substring(rules.indexOf("\ngroups:\n") + 1));
  }

  @Test
  void theAlertmanagerSecretHoldsTheSameBytesAsAlertmanagerYml() {
    JsonNode secret = JsonSchemas.yaml(manifest("Secret").text());

    assertThat(secret.path("metadata").path("name").asText())
        .isEqualTo("alertmanager-codeweaver");
    assertThat(secret.path("stringData").path("alertmanager.yaml").asText())
        .isEqualTo(plain("alertmanager.yml").text());
    assertThat(validCore(secret)).isEmpty();
  }

  @Test
  void namespaceLabelsAndAnnotationsComeFromTheSpec() {
    for (Output manifest : manifests) {
      JsonNode metadata = JsonSchemas.yaml(manifest.text()).path("metadata");
      assertThat(metadata.path("namespace").asText()).isEqualTo("monitoring");
      assertThat(metadata.path("labels").path("role").asText()).isEqualTo("alert-rules");
      assertThat(metadata.path("labels").path("app.kubernetes.io/managed-by").asText())
          .isEqualTo("cwmon");
    }
  }

  @Test
  void dashboardAndLogstashOutputsBecomeConfigMapsByPath() {
    List<Output> outputs = new ArrayList<>(plain.stream()
        .filter(o -> !o.path().startsWith("dashboards/") && !o.path().startsWith("grafana/")
            && !o.path().startsWith("logstash"))
        .toList());
    outputs.add(new Output("dashboards/cw-overview.json", "{\n  \"uid\": \"cw-overview\"\n}\n",
        Output.Format.JSON, Map.of("uid", "cw-overview")));
    outputs.add(new Output("logstash.conf", "input {\n  beats { port => 5044 }\n}\n",
        Output.Format.LOGSTASH, null));
    outputs.add(new Output("logstash/audit.conf", "input { stdin {} }\n",
        Output.Format.LOGSTASH, null));

    List<Output> made = new KubernetesManifests(new Renderer(null), "cwmon.yaml")
        .of(spec, outputs);

    assertThat(made).extracting(Output::path).containsExactly(
        "kubernetes/prometheusrule-codeweaver-rules.yaml",
        "kubernetes/prometheusrule-codeweaver-slo-rules.yaml",
        "kubernetes/secret-alertmanager-codeweaver.yaml",
        "kubernetes/configmap-codeweaver-dashboard-cw-overview.yaml",
        "kubernetes/configmap-codeweaver-logstash.yaml");
    JsonNode dashboard = JsonSchemas.yaml(made.get(3).text());
    assertThat(dashboard.path("metadata").path("labels").path("grafana_dashboard").asText())
        .isEqualTo("1");
    assertThat(dashboard.path("data").path("cw-overview.json").asText())
        .isEqualTo(outputs.get(outputs.size() - 3).text());
    JsonNode logstash = JsonSchemas.yaml(made.get(4).text());
    assertThat(logstash.path("data").fieldNames()).toIterable()
        .containsExactly("logstash.conf", "audit.conf");
    assertThat(logstash.path("metadata").path("labels").has("grafana_dashboard")).isFalse();
    assertThat(Verifier.verify(made)).isEmpty();
    for (Output o : made.subList(2, 5)) {
      assertThat(validCore(JsonSchemas.yaml(o.text()))).as(o.path()).isEmpty();
    }
  }

  @Test
  void namesAreDns1123Subdomains() {
    assertThat(KubernetesNames.dnsName("Code_Weaver rules.yml"))
        .isEqualTo("code-weaver-rules.yml");
    assertThat(KubernetesNames.dnsName("--x--")).isEqualTo("x");
    assertThat(KubernetesNames.dnsName("__")).isEqualTo("cwmon");
  }

  /**
   * The rules the API server applies to a core Secret or ConfigMap (there is no CRD for them):
   * a DNS-1123 name, keys of letters, digits, '-', '_' and '.', string values.
   */
  private static List<String> validCore(JsonNode doc) {
    String key = "^[-._a-zA-Z0-9]+$";
    String schema = """
        {"type": "object",
         "required": ["apiVersion", "kind", "metadata"],
         "additionalProperties": false,
         "properties": {
           "apiVersion": {"const": "v1"},
           "kind": {"enum": ["Secret", "ConfigMap"]},
           "type": {"type": "string"},
           "metadata": {"type": "object", "required": ["name"], "additionalProperties": false,
             "properties": {
               "name": {"type": "string", "maxLength": 253,
                 "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"},
               "namespace": {"type": "string", "maxLength": 63,
                 "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},
               "labels": {"type": "object", "additionalProperties": {"type": "string"}},
               "annotations": {"type": "object", "additionalProperties": {"type": "string"}}}},
           "data": {"type": "object", "propertyNames": {"pattern": "KEY"},
             "additionalProperties": {"type": "string"}},
           "stringData": {"type": "object", "propertyNames": {"pattern": "KEY"},
             "additionalProperties": {"type": "string"}}}}
        """.replace("KEY", key);
    return JsonSchemas.validate(JsonSchemas.yaml(schema), SpecVersion.VersionFlag.V7, doc);
  }

  @Test
  void anAbsentKubernetesSectionGivesNoNamespace() {
    Spec bare = spec.withKubernetes(null);

    List<Output> made = new KubernetesManifests(new Renderer(null), "x").of(bare, plain);

    assertThat(JsonSchemas.yaml(made.get(0).text()).path("metadata").has("namespace"))
        .isFalse();
  }
}
