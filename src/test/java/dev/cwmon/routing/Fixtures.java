package dev.cwmon.routing;

import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.AlertmanagerImporter;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.model.Spec;
import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.pipeline.Pipeline;
import dev.cwmon.render.Generator;
import dev.cwmon.render.Output;
import dev.cwmon.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Specs the routing tests share: the CodeWeaver example and imported alertmanager.yml files. */
final class Fixtures {
  static final Path REPO = Path.of(System.getenv().getOrDefault("CWMON_REPO", "."));
  static final Path CODEWEAVER = REPO.resolve("examples/codeweaver/cwmon.yaml");
  static final Path SHARED =
      dev.cwmon.testing.Shared.find("").orElse(Path.of("/work/shared"));
  static final Path CORPUS = SHARED.resolve("corpus/alertmanager");

  private Fixtures() {}

  static Spec codeweaver() {
    return load(CODEWEAVER);
  }

  static Spec load(Path spec) {
    Diagnostics d = new Diagnostics();
    Spec out = new Pipeline(LoadLimits.DEFAULT, null).check(spec, d).spec();
    if (out == null) {
      throw new AssertionError("spec " + spec + " has errors: " + d.sorted());
    }
    return out;
  }

  static Spec importFile(Path file) throws IOException {
    Diagnostics d = new Diagnostics();
    var imported = new AlertmanagerImporter(LoadLimits.DEFAULT)
        .importText(file.toString(), Files.readString(file), "imported", d);
    if (imported.spec() == null) {
      throw new AssertionError("cannot import " + file + ": " + d.sorted());
    }
    return imported.spec();
  }

  /** The alertmanager.yml cwmon generates for {@code am}. */
  static String alertmanagerYml(AlertmanagerSpec am) {
    Spec spec = Spec.of("t", null, java.util.List.of(), am);
    for (Output o : new Generator(new Renderer(null), "test").generate(spec)) {
      if (o.path().equals("alertmanager.yml")) {
        return o.text();
      }
    }
    throw new AssertionError("no alertmanager.yml generated");
  }
}
