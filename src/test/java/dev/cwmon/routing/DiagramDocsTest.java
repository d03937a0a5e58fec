package dev.cwmon.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.testing.Cwmon;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The routing tree the README and docs/routing.md show is the one cwmon draws today. */
class DiagramDocsTest {
  @Test
  void theDocumentedCodeweaverTreeIsCurrent() throws Exception {
    Cwmon.Result r = Cwmon.run("routes", "examples/codeweaver", "--format", "mermaid");

    assertThat(r.exitCode()).isZero();
    String block = "```mermaid\n" + r.out() + "```";
    for (String doc : new String[] {"README.md", "docs/routing.md"}) {
      assertThat(Files.readString(Path.of(doc))).as(doc + " (update its mermaid block)")
          .contains(block);
    }
  }
}
