package dev.cwmon.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cwmon's routing answers equal amtool's, label set by label set. */
class RoutingOracleTest {
  @TempDir Path tmp;

  @BeforeAll
  static void needsAmtool() {
    Assumptions.assumeTrue(Amtool.available(), "amtool not installed at " + Amtool.BINARY
        + "; apt-get install prometheus-alertmanager");
  }

  @Test
  void codeweaverRoutingAgreesWithAmtool() throws Exception {
    AlertmanagerSpec am = Fixtures.codeweaver().alertmanager();
    RoutingTree tree = RoutingTree.of(am.route());
    List<Map<String, String>> sets = new RandomTrees(7).labelSets(tree, 120);
    int checked = compare(am, tree, sets, "codeweaver");
    assertThat(checked).isEqualTo(120);
  }

  @Test
  void importedCorpusRoutingAgreesWithAmtool() throws Exception {
    Assumptions.assumeTrue(Files.isDirectory(Fixtures.CORPUS), "no corpus at " + Fixtures.CORPUS);
    List<Path> files;
    try (Stream<Path> s = Files.list(Fixtures.CORPUS)) {
      files = s.filter(p -> p.toString().matches(".*\\.ya?ml")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      AlertmanagerSpec am = Fixtures.importFile(file).alertmanager();
      RoutingTree tree = RoutingTree.of(am.route());
      List<Map<String, String>> sets = new RandomTrees(file.hashCode()).labelSets(tree, 25);
      compare(am, tree, sets, file.getFileName().toString());
      if (Amtool.accepts(file)) {
        for (Map<String, String> labels : sets.subList(0, 5)) {
          assertThat(receivers(tree, labels)).as("%s (original) %s", file, labels)
              .isEqualTo(Amtool.routesTest(file, labels));
        }
      }
    }
  }

  @Test
  void randomTreesRouteAsAmtoolDoes() throws Exception {
    for (long seed = 1; seed <= 12; seed++) {
      RandomTrees random = new RandomTrees(seed);
      AlertmanagerSpec am = random.spec();
      RoutingTree tree = RoutingTree.of(am.route());
      compare(am, tree, random.labelSets(tree, 20), "seed " + seed);
    }
  }

  private int compare(AlertmanagerSpec am, RoutingTree tree, List<Map<String, String>> sets,
      String name) throws Exception {
    Path config = tmp.resolve(name.replaceAll("[^A-Za-z0-9.]", "_") + ".yml");
    Files.writeString(config, Fixtures.alertmanagerYml(am));
    assertThat(Amtool.accepts(config)).as("amtool check-config %s", name).isTrue();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> answers = new ArrayList<>();
      for (Map<String, String> labels : sets) {
        answers.add(pool.submit(() -> Amtool.routesTest(config, labels)));
      }
      for (int i = 0; i < sets.size(); i++) {
        assertThat(receivers(tree, sets.get(i))).as("%s: %s", name, sets.get(i))
            .isEqualTo(answers.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
    return sets.size();
  }

  private static List<String> receivers(RoutingTree tree, Map<String, String> labels) {
    return tree.match(labels).stream().map(RouteNode::receiver).toList();
  }
}
