package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every real pipeline in shared/corpus/logstash parses and round-trips, or is named here. */
class CorpusTest {
  /** Files Logstash itself rejects, with the position and reason the parser must report. */
  private static final Map<String, String> REJECTED = Map.of(
      "elastic-examples__Speed_Layer__logstash_batch_export.conf",
      // jdbc_connection_string => ${MYSQL_URI}: no value rule of the grammar starts with '$'
      // (bareword is [A-Za-z_][A-Za-z0-9_]+); environment references work only in quotes.
      "5:31: unquoted \"${...}\" is not a value; put the reference in quotes");

  @TestFactory
  Stream<DynamicTest> everyCorpusFileParsesAndRoundTripsUnlessLogstashRejectsIt()
      throws IOException {
    Optional<Path> folder = SharedFiles.find("corpus/logstash");
    assumeTrue(folder.isPresent(), "shared/corpus/logstash not found");
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder.get())) {
      files = listing.filter(p -> p.toString().endsWith(".conf")).sorted().toList();
    }
    assertThat(files).hasSize(20);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsAll(REJECTED.keySet());
    return files.stream().map(file -> DynamicTest.dynamicTest(
        file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    String name = file.getFileName().toString();
    String source = Files.readString(file, StandardCharsets.UTF_8);
    String rejection = REJECTED.get(name);
    if (rejection != null) {
      assertThatThrownBy(() -> LogstashParser.parse(source, name))
          .isInstanceOf(LogstashParseException.class)
          .hasMessage(name + ":" + rejection);
      return;
    }
    Pipeline parsed = LogstashParser.parse(source, name);
    assertThat(parsed.sections()).isNotEmpty();
    RoundTrip.check(parsed, name);
    Pipeline bare = RoundTrip.check(parsed.withoutComments(), name + " without comments");
    assertThat(bare).isEqualTo(parsed.withoutComments().withoutComments());
    assertThat(LogstashPrinter.print(bare)).doesNotContainPattern("(?m)^\\s*#");
  }
}
