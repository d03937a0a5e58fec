package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.diag.Codes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every diagnostic code the sources report has an explanation for cwmon explain. */
class CodesTest {
  @Test
  void everyCodeUsedInTheSourcesIsExplained() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern code = Pattern.compile("\"(CW\\d{3})\"");
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = code.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    for (String c : used) {
      assertThat(Codes.find(c)).as("codes.yaml entry for " + c).isNotNull();
      assertThat(Codes.find(c).fix()).as("fix for " + c).isNotBlank();
    }
  }

  @Test
  void eachCodeIsExplainedOnce() throws IOException {
    // A second entry would silently replace the first: a code must keep one meaning.
    Set<String> seen = new TreeSet<>();
    Path codes = Path.of("src/main/resources/dev/cwmon/diag/codes.yaml");
    for (String line : Files.readAllLines(codes)) {
      if (line.matches("CW\\d{3}:.*")) {
        assertThat(seen.add(line.substring(0, 5))).as("second entry for " + line).isTrue();
      }
    }
    assertThat(seen).hasSizeGreaterThan(50);
  }
}
