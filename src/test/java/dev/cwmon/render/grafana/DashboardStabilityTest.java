package dev.cwmon.render.grafana;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cwmon.cli.Main;
import dev.cwmon.render.Output;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same spec gives the same bytes, panel ids and refIds on every run. */
class DashboardStabilityTest {
  @TempDir Path dir;

  private static Path example() {
    return GrafanaSpecs.repo().resolve("examples/codeweaver");
  }

  @Test
  void twoGenerateRunsWriteByteIdenticalGrafanaFiles() throws Exception {
    Path first = dir.resolve("one");
    Path second = dir.resolve("two");
    for (Path out : List.of(first, second)) {
      int code = Main.run(new String[] {"generate", example().toString(), "-o", out.toString()},
          new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
      assertThat(code).isZero();
    }

    for (String file : List.of("dashboards/codeweaver-production.json",
        "dashboards/codeweaver-logs.json", "grafana/provisioning/datasources/cwmon.yaml",
        "grafana/provisioning/dashboards/cwmon.yaml")) {
      byte[] bytes = Files.readAllBytes(first.resolve(file));
      assertThat(bytes).as(file).isEqualTo(Files.readAllBytes(second.resolve(file)));
      String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
      assertThat(text).as(file).doesNotContain("\r").endsWith("\n").doesNotEndWith("\n\n");
    }
  }

  @Test
  void panelIdsCountInSpecOrderAndRefIdsFollowTheQueries() throws Exception {
    List<Output> outputs = GrafanaSpecs.render(example());
    JsonNode doc = new ObjectMapper().readTree(
        GrafanaSpecs.output(outputs, "dashboards/codeweaver-production.json").text());

    List<Long> ids = new ArrayList<>();
    doc.get("panels").forEach(p -> ids.add(p.get("id").asLong()));
    assertThat(ids).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    List<String> refIds = new ArrayList<>();
    doc.get("panels").get(4).get("targets").forEach(t -> refIds.add(t.get("refId").asText()));
    assertThat(refIds).containsExactly("A", "B", "C");
  }

  @Test
  void refIdsGoOnAfterZ() {
    assertThat(List.of(PanelView.refId(0), PanelView.refId(25), PanelView.refId(26),
        PanelView.refId(27), PanelView.refId(701), PanelView.refId(702)))
        .containsExactly("A", "Z", "AA", "AB", "ZZ", "AAA");
  }

  @Test
  void undeclaredDataSourceExitsWithTwoAndWritesNothing() throws Exception {
    Path spec = dir.resolve("spec");
    Files.createDirectories(spec);
    Files.writeString(spec.resolve("cwmon.yaml"), GrafanaSpecs.HEAD + """
        dashboards:
          - title: Overview
            panels:
              - {title: Up, type: stat, datasource: nope, targets: [{expr: up}]}
        """);
    Path out = dir.resolve("out");
    StringWriter err = new StringWriter();

    int code = Main.run(new String[] {"generate", spec.toString(), "-o", out.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(err));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("cwmon.yaml:9:45: error CW171: undeclared data source "
        + "uid \"nope\"").doesNotContain("Exception");
    assertThat(out.resolve("dashboards")).doesNotExist();
  }
}
