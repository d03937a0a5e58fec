package dev.cwmon.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Spec;
import dev.cwmon.model.prometheus.ScrapeConfig;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.testing.Cwmon;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentsTest {
  private static final String BASE = """
      name: svc
      prometheus:
        global:
          scrape_interval: 15s
          evaluation_interval: 30s
          external_labels: {cluster: base, region: us}
        scrape_configs:
          - job_name: app
            static_configs:
              - targets: ["a:9090", "b:9090"]
          - job_name: db
            static_configs:
              - targets: ["db:9187"]
      """;

  @TempDir Path dir;

  private Spec check(String env, String environments, Diagnostics diagnostics) {
    Cwmon.write(dir.resolve("cwmon.yaml"), BASE + environments);
    Pipeline pipeline = new Pipeline(LoadLimits.DEFAULT, null);
    return pipeline.check(dir, env, diagnostics).spec();
  }

  private Spec check(String env, String environments) {
    Diagnostics diagnostics = new Diagnostics();
    Spec spec = check(env, environments, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return spec;
  }

  @Test
  void mappingsMergeKeyByKeyAtEveryDepth() {
    Spec spec = check("staging", """
        environments:
          staging:
            prometheus:
              global:
                scrape_interval: 1m
                external_labels: {cluster: staging}
        """);

    var global = spec.prometheus().global();
    assertThat(global.scrapeInterval()).isEqualTo(PromDuration.ofSeconds(60));
    assertThat(global.evaluationInterval()).isEqualTo(PromDuration.ofSeconds(30));
    assertThat(global.externalLabels()).containsExactly(
        Map.entry("cluster", "staging"), Map.entry("region", "us"));
    assertThat(spec.prometheus().scrapeConfigs()).hasSize(2);
  }

  @Test
  void listsAreReplacedWhole() {
    Spec spec = check("staging", """
        environments:
          staging:
            prometheus:
              scrape_configs:
                - job_name: app
                  static_configs:
                    - targets: ["a-staging:9090"]
        """);

    List<ScrapeConfig> jobs = spec.prometheus().scrapeConfigs();
    assertThat(jobs).extracting(ScrapeConfig::jobName).containsExactly("app");
    assertThat(jobs.get(0).staticConfigs().get(0).targets()).containsExactly("a-staging:9090");
  }

  @Test
  void anExplicitNullRemovesTheKey() {
    Spec spec = check("dev", """
        environments:
          dev:
            prometheus:
              global:
                external_labels:
                  region: null
                evaluation_interval: ~
        """);

    var global = spec.prometheus().global();
    assertThat(global.externalLabels()).containsOnlyKeys("cluster");
    assertThat(global.evaluationInterval()).isNull();
    assertThat(global.scrapeInterval()).isEqualTo(PromDuration.ofSeconds(15));
  }

  @Test
  void aTopLevelKeyCanBeAddedOrRemoved() {
    Spec removed = check("bare", """
        environments:
          bare: {prometheus: null}
        """);
    Spec added = check("k8s", """
        environments:
          k8s: {kubernetes: {namespace: mon}}
        """);

    assertThat(removed.prometheus()).isNull();
    assertThat(added.kubernetes().namespace()).isEqualTo("mon");
  }

  @Test
  void withoutEnvTheBaseIsUsedAndOverlaysAreNotApplied() {
    Spec spec = check(null, """
        environments:
          staging: {prometheus: {global: {scrape_interval: 1m}}}
        """);

    assertThat(spec.prometheus().global().scrapeInterval())
        .isEqualTo(PromDuration.ofSeconds(15));
  }

  @Test
  void anEmptyOverlayGivesTheBase() {
    Spec base = check(null, "environments: {prod: {}, qa: }\n");

    assertThat(check("prod", "environments: {prod: {}, qa: }\n")).isEqualTo(base);
    assertThat(check("qa", "environments: {prod: {}, qa: }\n")).isEqualTo(base);
  }

  @Test
  void anErrorInAnOverlayFileIsReportedAtThatFilesLineAndColumn() {
    Cwmon.write(dir.resolve("cwmon.yaml"), BASE);
    Cwmon.write(dir.resolve("environments.yaml"), """
        environments:
          staging:
            prometheus:
              global:
                scrape_intervall: 1m
                evaluation_interval: soon
        """);
    Diagnostics diagnostics = new Diagnostics();

    Spec spec = new Pipeline(LoadLimits.DEFAULT, null).check(dir, "staging", diagnostics).spec();

    assertThat(spec).isNull();
    String overlay = dir.resolve("environments.yaml").toString();
    assertThat(diagnostics.sorted()).extracting(d -> d.code() + " " + d.position())
        .containsExactly("CW102 " + overlay + ":5:9", "CW105 " + overlay + ":6:30");
  }

  @Test
  void aReplacedListIsReportedAtTheOverlaysPositions() {
    Diagnostics diagnostics = new Diagnostics();

    check("staging", """
        environments:
          staging:
            prometheus:
              scrape_configs:
                - static_configs: [{targets: ["x:1"]}]
        """, diagnostics);

    Diagnostic missing = diagnostics.sorted().get(0);
    assertThat(missing.code()).isEqualTo("CW104");
    assertThat(missing.position().toString())
        .isEqualTo(dir.resolve("cwmon.yaml") + ":18:11");
  }

  @Test
  void anUnknownEnvironmentNamesTheKnownOnes() {
    Diagnostics diagnostics = new Diagnostics();

    Spec spec = check("prd", "environments: {prod: {}, staging: {}}\n", diagnostics);

    assertThat(spec).isNull();
    Diagnostic unknown = diagnostics.sorted().get(0);
    assertThat(unknown.code()).isEqualTo("CW180");
    assertThat(unknown.message()).contains("\"prd\"");
    assertThat(unknown.hint()).contains("did you mean \"prod\"")
        .contains("known environments: prod, staging");
  }

  @Test
  void anUnknownEnvironmentExitsWith2() {
    Cwmon.write(dir.resolve("cwmon.yaml"), BASE + "environments: {prod: {}}\n");

    Cwmon.Result generate = Cwmon.run("generate", dir.toString(), "--env", "qa",
        "-o", dir.resolve("out").toString());
    Cwmon.Result lint = Cwmon.run("lint", dir.toString(), "--env", "qa");

    assertThat(generate.exitCode()).isEqualTo(2);
    assertThat(generate.err()).contains("CW180").contains("known environments: prod");
    assertThat(dir.resolve("out")).doesNotExist();
    assertThat(lint.exitCode()).isEqualTo(2);
  }

  @Test
  void aSpecWithoutEnvironmentsSaysSoForEnv() {
    Diagnostics diagnostics = new Diagnostics();

    check("prod", "", diagnostics);

    assertThat(diagnostics.sorted().get(0).hint()).contains("declares no environments");
  }

  @Test
  void environmentsThatAreNotAMappingAreReported() {
    Diagnostics diagnostics = new Diagnostics();

    check(null, "environments: [prod, staging]\n", diagnostics);

    assertThat(diagnostics.sorted()).extracting(Diagnostic::code).containsExactly("CW181");
  }
}
