package dev.cwmon.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The published SARIF 2.1.0 JSON Schema, from Microsoft's npm package @microsoft/jest-sarif,
 * fetched once into target/ with npm (which .ci/run installs).
 */
public final class SarifSchema {
  private static final String PACKAGE = "@microsoft/jest-sarif@1.0.0-beta.0";
  private static final Path DIR = Path.of("target", "sarif-schema");
  private static final Path SCHEMA =
      DIR.resolve("package/lib/schemas/sarif-2.1.0-rtm.5.json");

  private SarifSchema() {}

  /** The schema file; the test is skipped when npm is missing or cannot fetch it. */
  public static synchronized Path path() throws IOException {
    if (Files.isRegularFile(SCHEMA)) {
      return SCHEMA;
    }
    Tools.assumeInstalled("npm", "npm");
    Files.createDirectories(DIR);
    Tools.Run pack = Tools.run(DIR, "npm", "pack", "--silent", PACKAGE);
    Assumptions.assumeTrue(pack.exitCode() == 0, "npm pack failed: " + pack.output());
    String tarball = pack.output().strip().lines().reduce((a, b) -> b).orElse("");
    Tools.Run untar = Tools.run(DIR, "tar", "xzf", tarball);
    Assumptions.assumeTrue(untar.exitCode() == 0, "tar failed: " + untar.output());
    return SCHEMA;
  }
}
