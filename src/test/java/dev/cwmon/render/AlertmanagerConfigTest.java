package dev.cwmon.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecVersion;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.Matcher;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.JsonSchemas;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CodeWeaver example's AlertmanagerConfig, which its kubernetes section asks for. */
class AlertmanagerConfigTest {
  private static final Path CRD = Cwmon.repo()
      .resolve("src/test/resources/crds/monitoring.coreos.com_alertmanagerconfigs.yaml");
  private static final Path EXAMPLE = Cwmon.repo().resolve("examples/codeweaver/cwmon.yaml");
  private static final String SECRET = "codeweaver-alertmanager-secrets";

  private static JsonNode schema;
  private static Spec spec;
  private static JsonNode resource;
  private static JsonNode alertmanagerYml;

  @BeforeAll
  static void render() {
    Pipeline pipeline = new Pipeline(LoadLimits.DEFAULT, null);
    Diagnostics diagnostics = new Diagnostics();
    spec = pipeline.check(EXAMPLE, diagnostics).spec();
    assertThat(spec).as(diagnostics.sorted().toString()).isNotNull();
    List<Output> manifests = pipeline.renderKubernetes(spec, "cwmon.yaml");
    Output file = manifests.stream()
        .filter(o -> o.path().equals("kubernetes/alertmanagerconfigs.yaml")).findFirst()
        .orElseThrow();
    List<JsonNode> docs = JsonSchemas.yamlDocuments(file.text());
    assertThat(docs).hasSize(1);
    resource = docs.get(0);
    alertmanagerYml = JsonSchemas.yaml(pipeline.render(spec, "cwmon.yaml").stream()
        .filter(o -> o.path().equals("alertmanager.yml")).findFirst().orElseThrow().text());
    schema = JsonSchemas.crdSchema(CRD, "v1alpha1");
  }

  /**
   * The schema's problems with {@code doc}, and with every route below its top route: the CRD
   * leaves child routes unchecked (x-kubernetes-preserve-unknown-fields), while the Operator
   * reads them as routes, so each is checked against the route schema.
   */
  private static List<String> problems(JsonNode doc) {
    List<String> problems = new ArrayList<>(
        JsonSchemas.validate(schema, SpecVersion.VersionFlag.V7, doc));
    JsonNode routeSchema = schema.path("properties").path("spec").path("properties")
        .path("route");
    childRoutes(doc.path("spec").path("route"), routeSchema, problems);
    return problems;
  }

  private static void childRoutes(JsonNode route, JsonNode routeSchema, List<String> out) {
    for (JsonNode child : route.path("routes")) {
      out.addAll(JsonSchemas.validate(routeSchema, SpecVersion.VersionFlag.V7, child));
      childRoutes(child, routeSchema, out);
    }
  }

  @Test
  void theExampleGivesAnAlertmanagerConfigThatTheCrdSchemaAccepts() {
    assertThat(resource.path("apiVersion").asText()).isEqualTo("monitoring.coreos.com/v1alpha1");
    assertThat(resource.path("metadata").path("name").asText()).isEqualTo("codeweaver");
    assertThat(resource.path("metadata").path("namespace").asText()).isEqualTo("monitoring");
    assertThat(resource.path("spec").path("route").path("routes")).isNotEmpty();
    assertThat(problems(resource)).isEmpty();
  }

  @Test
  void theSchemaCheckRejectsAFieldTheResourceDoesNotHaveAlsoInAChildRoute() {
    String text = resource.toString();

    assertThat(problems(JsonSchemas.yaml(text.replace("\"apiURL\"", "\"apiUrl\""))))
        .isNotEmpty();
    assertThat(problems(JsonSchemas.yaml(text.replace("\"repeatInterval\":\"15m\"",
        "\"repeat_interval\":\"15m\"")))).isNotEmpty();
    assertThat(problems(JsonSchemas.yaml(text.replace("\"matchType\":\"=~\"",
        "\"matchType\":\"~\"")))).isNotEmpty();
  }

  @Test
  void theRouteTreeIsAlertmanagerYmlsTreeNodeForNode() {
    assertSameRoute(alertmanagerYml.path("route"), resource.path("spec").path("route"), "route");
  }

  private static void assertSameRoute(JsonNode yml, JsonNode operator, String at) {
    assertThat(operator.path("receiver")).as(at + " receiver").isEqualTo(yml.path("receiver"));
    assertThat(operator.path("groupBy")).as(at + " group_by").isEqualTo(yml.path("group_by"));
    assertThat(operator.path("continue")).as(at).isEqualTo(yml.path("continue"));
    for (String[] keys : new String[][] {{"groupWait", "group_wait"},
        {"groupInterval", "group_interval"}, {"repeatInterval", "repeat_interval"}}) {
      assertThat(operator.path(keys[0])).as(at + " " + keys[1]).isEqualTo(yml.path(keys[1]));
    }
    List<String> matchers = new ArrayList<>();
    yml.path("matchers").forEach(m -> matchers.add(m.asText()));
    assertThat(matcherTexts(operator.path("matchers"))).as(at + " matchers")
        .isEqualTo(matchers);
    assertThat(operator.path("routes").size()).as(at + " routes")
        .isEqualTo(yml.path("routes").size());
    for (int i = 0; i < yml.path("routes").size(); i++) {
      assertSameRoute(yml.path("routes").get(i), operator.path("routes").get(i),
          at + ".routes[" + i + "]");
    }
  }

  /** Operator matchers written as alertmanager.yml writes them, e.g. severity=critical. */
  private static List<String> matcherTexts(JsonNode matchers) {
    List<String> out = new ArrayList<>();
    for (JsonNode m : matchers) {
      Matcher.Op op = java.util.Arrays.stream(Matcher.Op.values())
          .filter(o -> o.text().equals(m.path("matchType").asText())).findFirst().orElseThrow();
      out.add(new Matcher(m.path("name").asText(), op, m.path("value").asText()).toString());
    }
    return out;
  }

  @Test
  void receiversAndInhibitRulesAreAlertmanagerYmls() {
    JsonNode receivers = resource.path("spec").path("receivers");
    List<String> names = new ArrayList<>();
    receivers.forEach(r -> names.add(r.path("name").asText()));
    List<String> expected = new ArrayList<>();
    alertmanagerYml.path("receivers").forEach(r -> expected.add(r.path("name").asText()));

    assertThat(names).isEqualTo(expected);
    JsonNode inhibit = resource.path("spec").path("inhibitRules");
    assertThat(inhibit.size()).isEqualTo(alertmanagerYml.path("inhibit_rules").size());
    for (int i = 0; i < inhibit.size(); i++) {
      JsonNode yml = alertmanagerYml.path("inhibit_rules").get(i);
      List<String> source = new ArrayList<>();
      yml.path("source_matchers").forEach(m -> source.add(m.asText()));
      List<String> target = new ArrayList<>();
      yml.path("target_matchers").forEach(m -> target.add(m.asText()));
      assertThat(matcherTexts(inhibit.get(i).path("sourceMatch"))).isEqualTo(source);
      assertThat(matcherTexts(inhibit.get(i).path("targetMatch"))).isEqualTo(target);
      assertThat(inhibit.get(i).path("equal")).isEqualTo(yml.path("equal"));
    }
  }

  @Test
  void secretsAreKeysOfTheNamedSecretNamedAfterTheirFiles() {
    JsonNode critical = receiver("critical-alerts");

    assertThat(critical.path("slackConfigs").get(0).path("apiURL").toString())
        .isEqualTo("{\"name\":\"" + SECRET + "\",\"key\":\"slack-critical-url\"}");
    assertThat(critical.path("pagerdutyConfigs").get(0).path("routingKey").path("key").asText())
        .isEqualTo("pagerduty-routing-key");
    assertThat(resource.toString()).doesNotContain("/etc/alertmanager/secrets");
  }

  @Test
  void globalSmtpSettingsAreCopiedIntoEveryEmailReceiver() {
    for (String name : List.of("critical-alerts", "infra-team", "business-team")) {
      JsonNode email = receiver(name).path("emailConfigs").get(0);
      assertThat(email.path("from").asText()).as(name).isEqualTo("alerts@company.com");
      assertThat(email.path("smarthost").asText()).as(name).isEqualTo("mail.company.com:587");
      assertThat(email.path("authUsername").asText()).as(name).isEqualTo("alerts@company.com");
      assertThat(email.path("authPassword").path("key").asText()).as(name)
          .isEqualTo("smtp-password");
      assertThat(email.path("headers").get(0).path("key").asText()).isEqualTo("Subject");
    }
  }

  private static JsonNode receiver(String name) {
    for (JsonNode r : resource.path("spec").path("receivers")) {
      if (r.path("name").asText().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no receiver " + name);
  }

  @Test
  void withoutTheSwitchNoAlertmanagerConfigIsWritten() {
    Spec without = spec.withKubernetes(new dev.cwmon.model.kubernetes.KubernetesSpec(
        "monitoring", java.util.Map.of(), java.util.Map.of(), null));

    List<Output> made = new Pipeline(LoadLimits.DEFAULT, null).renderKubernetes(without, "x");

    assertThat(made).extracting(Output::path).doesNotContain(
        "kubernetes/alertmanagerconfigs.yaml").contains("kubernetes/secrets.yaml");
  }

  /** A spec with time intervals, a webhook URL from a file and no global section. */
  static final String INTERVALS = """
      name: svc
      targets: {alertmanager: "0.27"}
      alertmanager:
        route:
          receiver: team
          routes:
            - matchers: [severity = critical]
              receiver: pager
              mute_time_intervals: [nights]
              active_time_intervals: [weekdays]
        time_intervals:
          - name: nights
            time_intervals:
              - times: [{start_time: "00:00", end_time: "06:00"}]
                days_of_month: ["1:7", "-1"]
                months: ["january:march"]
                years: ["2030"]
          - name: weekdays
            time_intervals:
              - weekdays: [Monday:Friday]
                location: UTC
        receivers:
          - name: team
            slack_configs:
              - api_url: {file: /run/secrets/slack-url}
                channel: "#team"
          - name: pager
            webhook_configs:
              - url_file: /run/secrets/pager-url
      kubernetes:
        alertmanager_config: {name: svc, secrets: svc-alertmanager}
      """;

  @Test
  void timeIntervalsBecomeMuteTimeIntervalsThatTheCrdSchemaAccepts(
      @org.junit.jupiter.api.io.TempDir Path dir) {
    Path specFile = Cwmon.write(dir.resolve("cwmon.yaml"), INTERVALS);
    Pipeline pipeline = new Pipeline(LoadLimits.DEFAULT, null);
    Diagnostics diagnostics = new Diagnostics();
    Spec small = pipeline.check(specFile, diagnostics).spec();
    assertThat(small).as(diagnostics.sorted().toString()).isNotNull();

    JsonNode doc = JsonSchemas.yamlDocuments(pipeline.renderKubernetes(small, "cwmon.yaml")
        .stream().filter(o -> o.path().endsWith("/alertmanagerconfigs.yaml")).findFirst()
        .orElseThrow().text()).get(0);

    assertThat(problems(doc)).isEmpty();
    JsonNode intervals = doc.path("spec").path("muteTimeIntervals");
    assertThat(intervals.toString()).isEqualTo("[{\"name\":\"nights\",\"timeIntervals\":[{"
        + "\"times\":[{\"startTime\":\"00:00\",\"endTime\":\"06:00\"}],"
        + "\"daysOfMonth\":[{\"start\":1,\"end\":7},{\"start\":-1,\"end\":-1}],"
        + "\"months\":[\"january:march\"],\"years\":[\"2030\"]}]},"
        + "{\"name\":\"weekdays\",\"timeIntervals\":[{\"weekdays\":[\"monday:friday\"]}]}]");
    JsonNode route = doc.path("spec").path("route").path("routes").get(0);
    assertThat(route.path("muteTimeIntervals").toString()).isEqualTo("[\"nights\"]");
    assertThat(route.path("activeTimeIntervals").toString()).isEqualTo("[\"weekdays\"]");
    assertThat(doc.path("spec").path("receivers").get(1).path("webhookConfigs").get(0)
        .path("urlSecret").toString())
        .isEqualTo("{\"name\":\"svc-alertmanager\",\"key\":\"pager-url\"}");
  }
}
