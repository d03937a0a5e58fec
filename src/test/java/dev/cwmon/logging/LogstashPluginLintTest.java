package dev.cwmon.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.cli.ExitCodes;
import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unknown plugins (CW167), unknown options (CW168) and bad regexes (CW160), end to end. */
class LogstashPluginLintTest {
  @TempDir Path tmp;

  private Cwmon.Result lint(String... lines) throws IOException {
    Path spec = tmp.resolve("spec.yaml");
    Files.writeString(spec, String.join("\n", lines) + "\n");
    Cwmon.Result r = Cwmon.run("lint", spec.toString());
    return new Cwmon.Result(r.exitCode(), r.out(), r.out() + r.err());
  }

  private String spec() {
    return tmp.resolve("spec.yaml").toString();
  }

  @Test
  void misspeltPluginWarnsAtItsNameWithTheClosestBundledOne() throws IOException {
    Cwmon.Result r = lint("name: x", "logging:", "  pipelines:", "    main:",
        "      input: [{beats: {port: 5044}}]",
        "      filter:",
        "        - mutatee: {add_field: {x: y}}");

    assertThat(r.err()).contains(spec() + ":7:11: warning CW167: filter plugin \"mutatee\" is"
        + " not in logstash's default distribution")
        .contains("hint: did you mean mutate?")
        .contains("lint.silence: [{code: CW167, path: logging.pipelines.main.filter[0].mutatee");
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  @Test
  void installedPluginIsSilencedByPath() throws IOException {
    Cwmon.Result r = lint("name: x", "lint:", "  silence:",
        "    - {code: CW167, path: 'logging.pipelines.main.output[0].mongodb',"
            + " reason: installed by the image}",
        "logging:", "  pipelines:", "    main:",
        "      input: [{beats: {port: 5044}}]",
        "      output: [{mongodb: {uri: 'mongodb://db'}}]");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.err()).contains("silenced warning CW167").contains("0 warnings, 1 silenced")
        .doesNotContain("CW108");
  }

  @Test
  void misspeltOptionOfAKnownPluginWarnsAtTheKey() throws IOException {
    Cwmon.Result r = lint("name: x", "logging:", "  pipelines:", "    main:",
        "      input: [{beats: {port: 5044, ssl_enable: true}}]",
        "      filter:",
        "        - mutate: {add_feild: {x: y}, convert: {x: integer}}",
        "      output: [{elasticsearch: {hosts: ['http://es:9200'], idnex: logs}}]");

    assertThat(r.err())
        .contains(spec() + ":5:36: warning CW168: input beats has no option \"ssl_enable\"")
        .contains("did you mean ssl_enabled?")
        .contains(spec() + ":7:20: warning CW168: filter mutate has no option \"add_feild\"")
        .contains("did you mean add_field?")
        .contains(":8:60: warning CW168: output elasticsearch has no option \"idnex\"")
        .contains("did you mean index?");
  }

  @Test
  void commonAndDeprecatedOptionsAndUnlistedPluginsAreNotReported() throws IOException {
    Cwmon.Result r = lint("name: x", "logging:", "  pipelines:", "    main:",
        "      input: [{beats: {port: 5044, id: in, tags: [a], type: t, codec: json}}]",
        "      filter:",
        "        - mutate: {add_tag: [b], remove_field: [c], periodic_flush: false}",
        "        - kv: {any_option: 1}",
        "      output: [{elasticsearch: {hosts: ['http://es:9200'], cacert: /ca.pem}}]");

    assertThat(r.err()).doesNotContain("CW167").doesNotContain("CW168");
  }

  @Test
  void unknownCodecWarnsToo() throws IOException {
    Cwmon.Result r = lint("name: x", "logging:", "  pipelines:", "    main:",
        "      input: [{tcp: {port: 5000, codec: json_line}}]");

    assertThat(r.err()).contains(spec() + ":5:41: warning CW167: codec plugin \"json_line\"")
        .contains("did you mean json_lines?");
  }

  @Test
  void olderTargetsAreNotChecked() throws IOException {
    Cwmon.Result r = lint("name: x", "targets: {logstash: '7.17'}", "logging:", "  pipelines:",
        "    main:", "      input: [{beats: {port: 5044}}]", "      filter: [{mutatee: {}}]");

    assertThat(r.err()).doesNotContain("CW167");
  }

  @Test
  void unclosedGroupInARegexIsAnErrorAtItsColumn() throws IOException {
    Cwmon.Result r = lint("name: x", "logging:", "  pipelines:", "    main:",
        "      input: [{beats: {port: 5044}}]",
        "      filter:",
        "        - if: '[level] == \"ERROR\" and [message] =~ /foo(/'",
        "          then: [drop]");

    assertThat(r.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    assertThat(r.err()).contains(spec() + ":7:56: error CW160: bad regex /foo(/: unclosed"
        + " group (");
  }

  @Test
  void rubyOnlyRegexConstructsAreAccepted() throws IOException {
    Cwmon.Result r = lint("name: x", "logging:", "  pipelines:", "    main:",
        "      input: [{beats: {port: 5044}}]",
        "      filter:",
        "        - if: '[message] =~ /\\A(?<hex>\\h+)(?#note)(?>a++)\\z/ or [m] !~ /[]x]/'",
        "          then: [drop]");

    assertThat(r.err()).doesNotContain("CW160");
  }
}
