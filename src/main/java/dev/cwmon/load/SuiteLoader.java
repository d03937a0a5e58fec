package dev.cwmon.load;

import dev.cwmon.bind.Binder;
import dev.cwmon.bind.SourceMap;
import dev.cwmon.bind.SpecScalars;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.diag.Position;
import dev.cwmon.routing.RoutingSuite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * Finds and binds routing test files, named {@code *.routes-test.yaml}. They live in the spec
 * folder (or beside a spec file) or in its {@code tests/} folder; the spec loader skips files
 * so named and never reads that folder, so a test file is never mistaken for spec.
 */
public final class SuiteLoader {
  public static final String FOLDER = "tests";
  private final LoadLimits limits;

  public SuiteLoader(LoadLimits limits) {
    this.limits = limits;
  }

  /** One bound test file; {@code suite} is null after errors. */
  public record Loaded(String file, RoutingSuite suite, SourceMap sourceMap) {}

  /** The routing test files that belong to {@code spec}, in name order. */
  public static List<Path> suiteFiles(Path spec) throws IOException {
    Path base = Files.isDirectory(spec) ? spec : spec.toAbsolutePath().getParent();
    List<Path> out = new ArrayList<>();
    for (Path folder : List.of(base, base.resolve(FOLDER))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.list(folder)) {
        files.filter(p -> isSuiteName(p.getFileName().toString()))
            .filter(Files::isRegularFile).sorted().forEach(out::add);
      }
    }
    return out;
  }

  /** Whether a file name is a routing test file's. */
  public static boolean isSuiteName(String name) {
    return name.endsWith(".routes-test.yaml") || name.endsWith(".routes-test.yml");
  }

  public List<Loaded> load(List<Path> files, Diagnostics diagnostics) {
    List<Loaded> out = new ArrayList<>();
    for (Path file : files) {
      String name = file.toString();
      String text;
      try {
        text = Files.readString(file);
      } catch (IOException e) {
        diagnostics.error("CW100", "", new Position(name, 0, 0),
            "cannot read " + name + ": " + e.getMessage(), "check the file's permissions");
        continue;
      }
      MappingNode root = new SpecLoader(limits).parse(name, text, diagnostics);
      if (root == null) {
        continue;
      }
      SourceMap sourceMap = new SourceMap();
      Binder binder = new Binder(diagnostics, sourceMap, SpecScalars.all());
      binder.fileOf(root, name);
      RoutingSuite suite = binder.bindRoot(RoutingSuite.class, root.getValue(), name);
      out.add(new Loaded(name, suite, sourceMap));
    }
    return out;
  }
}
