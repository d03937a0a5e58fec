package dev.cwmon.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * promtool 2.42 and amtool 0.25 as oracles. promtool only parses rule templates, so it must
 * reject every case Go's parser rejects, with the same message, and accept the cases only
 * execution would reject; those are where cwmon is deliberately stricter.
 */
class RealToolsAgreementTest {
  private static final Pattern PROMTOOL_ERROR =
      Pattern.compile("\"(Case\\d+)\": annotation \"a\": template: __alert_Case\\d+:\\d+: (.*)");

  @TempDir Path dir;

  @Test
  void promtoolRejectsEachParseErrorWithTheSameMessageAndAcceptsTheRest() throws Exception {
    RealTool promtool = tool("promtool");
    List<InvalidCase> cases = InvalidCase.ALL.stream()
        .filter(c -> c.dialect() == Dialect.PROMETHEUS_RULE)
        .toList();

    Map<String, String> errors = promtoolErrors(promtool, cases.stream()
        .map(InvalidCase::text).toList());

    for (int i = 0; i < cases.size(); i++) {
      InvalidCase c = cases.get(i);
      String promtoolMessage = errors.get("Case" + i);
      if (c.parseError()) {
        assertThat(promtoolMessage).as(c.text()).isEqualTo(c.message());
      } else {
        assertThat(promtoolMessage).as("promtool accepts " + c.text()).isNull();
      }
    }
  }

  @Test
  void promtoolAcceptsEveryTrickyValidRuleTemplate() throws Exception {
    RealTool promtool = tool("promtool");

    assertThat(promtoolErrors(promtool, ValidTemplates.RULE)).isEmpty();
  }

  @Test
  void amtoolAcceptsEveryTrickyValidNotificationTemplate() throws Exception {
    RealTool amtool = tool("amtool");
    StringBuilder templates = new StringBuilder();
    for (int i = 0; i < ValidTemplates.NOTIFICATION.size(); i++) {
      templates.append("{{ define \"case").append(i).append("\" }}")
          .append(ValidTemplates.NOTIFICATION.get(i)).append("{{ end }}\n");
    }
    Path tmpl = Files.writeString(dir.resolve("cases.tmpl"), templates);
    Path config = Files.writeString(dir.resolve("alertmanager.yml"),
        "route:\n  receiver: r\nreceivers:\n- name: r\ntemplates:\n- '" + tmpl + "'\n");

    RealTool.Result result = amtool.run("check-config", config.toString());

    assertThat(result.exitCode()).as(result.output()).isZero();
  }

  /** Writes each text as the annotation of its own alerting rule; maps rule name to error. */
  private Map<String, String> promtoolErrors(RealTool promtool, List<String> texts)
      throws IOException, InterruptedException {
    List<Map<String, Object>> rules = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("alert", "Case" + i);
      rule.put("expr", "up == 0");
      rule.put("annotations", Map.of("a", texts.get(i)));
      rules.add(rule);
    }
    Map<String, Object> group = Map.of("name", "cases", "rules", rules);
    Path file = dir.resolve("rules.yml");
    Files.writeString(file, new Yaml().dump(Map.of("groups", List.of(group))));

    RealTool.Result result = promtool.run("check", "rules", file.toString());
    Map<String, String> errors = new HashMap<>();
    Matcher m = PROMTOOL_ERROR.matcher(result.output());
    while (m.find()) {
      errors.put(m.group(1), normalize(m.group(2)));
    }
    assertThat(result.exitCode() == 0).as(result.output()).isEqualTo(errors.isEmpty());
    return errors;
  }

  /** Drops what Go adds around a parse message: a repeated prefix and the action's line. */
  private static String normalize(String goMessage) {
    return goMessage.replaceFirst("^template: ", "")
        .replaceFirst(" (in action )?started at __alert_Case\\d+:\\d+$", "");
  }

  private static RealTool tool(String name) {
    RealTool tool = RealTool.onPath(name).orElse(null);
    assumeTrue(tool != null, name + " is not on PATH");
    return tool;
  }
}
