package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.SpecVersion;
import dev.cwmon.testing.Cwmon;
import dev.cwmon.testing.JsonSchemas;
import dev.cwmon.testing.SarifSchema;
import org.junit.jupiter.api.Test;

/** lint's machine-readable formats: SARIF for code scanning, annotations for Actions. */
class LintFormatsTest {
  private static final String SPEC = "src/test/resources/specs/bad-promql.yaml";

  @Test
  void sarifHasTheShapeCodeScanningRequires() throws Exception {
    Cwmon.Result r = Cwmon.run("lint", SPEC, "--format", "sarif");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);

    JsonNode log = new ObjectMapper().readTree(r.out());
    assertThat(log.path("version").asText()).isEqualTo("2.1.0");
    assertThat(log.path("$schema").asText()).contains("sarif-2.1.0");
    JsonNode run = log.path("runs").get(0);
    assertThat(run.at("/tool/driver/name").asText()).isEqualTo("cwmon");
    assertThat(run.at("/tool/driver/rules/0/id").asText()).isEqualTo("CW201");
    assertThat(run.at("/tool/driver/rules/0/fullDescription/text").asText()).isNotBlank();
    JsonNode results = run.path("results");
    assertThat(results).hasSize(3);
    JsonNode first = results.get(0);
    assertThat(first.path("ruleId").asText()).isEqualTo("CW201");
    assertThat(first.path("level").asText()).isEqualTo("error");
    assertThat(first.at("/message/text").asText()).startsWith("PromQL: expected type");
    JsonNode location = first.at("/locations/0/physicalLocation");
    assertThat(location.at("/artifactLocation/uri").asText()).isEqualTo(SPEC);
    assertThat(location.at("/region/startLine").asInt()).isEqualTo(8);
    assertThat(location.at("/region/startColumn").asInt()).isEqualTo(24);
  }

  @Test
  void sarifValidatesAgainstThePublishedSarifSchema() throws Exception {
    // Findings, a silenced one and hints: every part of cwmon's SARIF appears.
    Cwmon.Result bad = Cwmon.run("lint", SPEC, "--format", "sarif");
    Cwmon.Result silenced = Cwmon.run("lint", "src/test/resources/specs/silenced.yaml",
        "--format", "sarif");
    ObjectMapper json = new ObjectMapper();
    JsonNode schema = json.readTree(SarifSchema.path().toFile());

    for (Cwmon.Result r : java.util.List.of(bad, silenced)) {
      JsonNode log = json.readTree(r.out());
      assertThat(JsonSchemas.validate(schema, SpecVersion.VersionFlag.V4, log))
          .as(r.out()).isEmpty();
      assertThat(log.at("/runs/0/columnKind").asText()).isEqualTo("unicodeCodePoints");
    }
    assertThat(silenced.out()).contains("suppressions");
  }

  @Test
  void sarifUrisArePercentEncoded() {
    assertThat(Sarif.uri("specs/a b#1%.yaml")).isEqualTo("specs/a%20b%231%25.yaml");
    assertThat(Sarif.uri("./x/\u00e9.yaml")).isEqualTo("x/%C3%A9.yaml");
    assertThat(Sarif.uri("dir\\f.yaml")).isEqualTo("dir/f.yaml");
  }

  @Test
  void githubAnnotationsCarryFileLineColumnAndEscapedText() {
    Cwmon.Result r = Cwmon.run("lint", SPEC, "--format", "github");
    assertThat(r.out().lines()).hasSize(3).allMatch(l -> l.startsWith("::error file="));
    assertThat(r.out()).contains("::error file=" + SPEC + ",line=10,col=44,title=CW201::"
        + "PromQL: unexpected end of input%0Ahint: expected \",\" or \")\" here");
  }

  @Test
  void annotationEscapingFollowsTheRunnersRules() {
    assertThat(GithubAnnotations.data("50% done\r\nnext")).isEqualTo("50%25 done%0D%0Anext");
    assertThat(GithubAnnotations.property("a:b,c")).isEqualTo("a%3Ab%2Cc");
  }

  @Test
  void silencedDiagnosticsAreSuppressionsInSarif() throws Exception {
    Cwmon.Result r = Cwmon.run("lint", "src/test/resources/specs/silenced.yaml",
        "--format", "sarif");
    JsonNode result = new ObjectMapper().readTree(r.out()).at("/runs/0/results/0");
    assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
    assertThat(result.at("/suppressions/0/justification").asText())
        .isEqualTo("the function comes from a custom build");
    assertThat(r.exitCode()).isZero();
  }
}
