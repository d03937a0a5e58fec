package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pipeline of the CodeWeaver guide (shared/seed/000_a4a2fa2f189a1b42.txt), kept as the
 * fixture logstash/codeweaver-guide.conf.
 */
class CodeWeaverPipelineTest {
  private static final String FIXTURE = "/logstash/codeweaver-guide.conf";

  @Test
  void guidePipelineParsesAndRoundTrips() throws IOException {
    Pipeline pipeline = RoundTrip.check(fixture(), "codeweaver-guide.conf");

    assertThat(pipeline.sections()).extracting(Section::kind).containsExactly(
        Section.Kind.INPUT, Section.Kind.FILTER, Section.Kind.OUTPUT);
    assertThat(Walk.plugins(pipeline)).extracting(Plugin::name).contains(
        "beats", "http", "json", "mutate", "ruby", "grok", "geoip", "date", "elasticsearch");
  }

  @Test
  void rubyCodeKeepsItsBackslashesBecauseLogstashDecodesNoEscapes() throws IOException {
    Pipeline pipeline = LogstashParser.parse(fixture(), "codeweaver-guide.conf");

    List<String> code = Walk.plugins(pipeline).stream()
        .filter(p -> p.name().equals("ruby"))
        .map(p -> ((Str) Walk.attribute(p, "code")).value())
        .toList();
    assertThat(code).hasSize(2);
    assertThat(code.get(1))
        .contains("lines = traceback.split(\\\"\\n\\\")\n")
        .contains("match(/File \\\"([^\\\"]+)\\\"/)")
        .startsWith("\n            traceback = event.get('traceback')\n");
    assertThat(LogstashPrinter.print(pipeline)).contains("split(\\\"\\n\\\")");
  }

  @Test
  void membershipTestsKeepListAndFieldOperands() throws IOException {
    Pipeline pipeline = LogstashParser.parse(fixture(), "codeweaver-guide.conf");

    assertThat(Walk.conditions(pipeline))
        .contains(new In(FieldRef.of("level"), false, Arr.ofStrings("ERROR", "CRITICAL")))
        .contains(new In(Str.of("error"), false, FieldRef.of("tags")))
        .contains(new Compare(FieldRef.of("fields", "service"), Compare.Op.EQ,
            Str.of("codeweaver")))
        .contains(new Compare(FieldRef.of("response_time"), Compare.Op.LT, Num.of("0.1")))
        .contains(FieldRef.of("query"));
  }

  @Test
  void referencesInStringsComeThroughByteForByte() throws IOException {
    String printed = LogstashPrinter.print(LogstashParser.parse(fixture(), "guide"));

    assertThat(printed)
        .contains("password => \"${LOGSTASH_PASSWORD}\"")
        .contains("index => \"%{[@metadata][index_prefix]}-%{+YYYY.MM.dd}\"")
        .contains("\"query_length\" => \"%{[query]}\"")
        .contains("\"[@metadata][index_prefix]\" => \"codeweaver\"");
  }

  @Test
  void fixtureIsTheGuideBlockUnchanged() throws IOException {
    Optional<Path> seed = SharedFiles.find("seed/000_a4a2fa2f189a1b42.txt");
    assumeTrue(seed.isPresent(), "shared/seed not found");
    List<String> lines = Files.readAllLines(seed.get(), StandardCharsets.UTF_8);
    int start = lines.indexOf("# logstash.conf");
    int end = lines.subList(start, lines.size()).indexOf("---") + start;
    String block = String.join("\n", lines.subList(start, end)).strip();

    String fixture = fixture();
    String body = fixture.substring(fixture.indexOf("\n# logstash.conf")).strip();
    assertThat(body).isEqualTo(block);
  }

  private static String fixture() throws IOException {
    try (InputStream in = CodeWeaverPipelineTest.class.getResourceAsStream(FIXTURE)) {
      assertThat(in).as(FIXTURE).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
