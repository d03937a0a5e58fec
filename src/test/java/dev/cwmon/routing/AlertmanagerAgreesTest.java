package dev.cwmon.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.cwmon.diag.Diagnostics;
import dev.cwmon.load.LoadLimits;
import dev.cwmon.load.SuiteLoader;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.alertmanager.InhibitRule;
import dev.cwmon.model.alertmanager.Receiver;
import dev.cwmon.model.alertmanager.Route;
import dev.cwmon.model.alertmanager.WebhookConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Alertmanager, fed the CodeWeaver routing suite's alerts, delivers exactly what the
 * simulation says: each receiver gets the alerts the suite names, with the simulated group
 * keys, and an inhibited alert never arrives.
 */
class AlertmanagerAgreesTest {
  private static final Path BINARY = Path.of("/usr/bin/prometheus-alertmanager");
  private static final Duration MAX_WAIT = Duration.ofSeconds(30);
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;

  @Test
  void realAlertmanagerDeliversWhatTheCodeweaverSuiteSays() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(BINARY), "Alertmanager not installed at " + BINARY
        + "; apt-get install prometheus-alertmanager");
    AlertmanagerSpec am = Fixtures.codeweaver().alertmanager();
    List<RoutingSuite.Case> cases = codeweaverSuite();
    Set<String> received = new ConcurrentSkipListSet<>();
    HttpServer sink = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    sink.createContext("/", exchange -> {
      JsonNode body = JSON.readTree(exchange.getRequestBody());
      String receiver = exchange.getRequestURI().getPath().substring(1);
      for (JsonNode alert : body.get("alerts")) {
        JsonNode labels = alert.get("labels");
        received.add(receiver + " " + labels.get("cwmon_case").asText() + "/"
            + labels.get("cwmon_alert").asText() + " " + body.get("groupKey").asText());
      }
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    sink.start();
    Process alertmanager = null;
    try {
      int port = freePort();
      Path config = tmp.resolve("alertmanager.yml");
      Files.writeString(config, Fixtures.alertmanagerYml(
          forTest(am, "http://127.0.0.1:" + sink.getAddress().getPort() + "/")));
      alertmanager = new ProcessBuilder(BINARY.toString(), "--config.file=" + config,
          "--storage.path=" + tmp.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
          "--cluster.listen-address=").redirectErrorStream(true)
          .redirectOutput(tmp.resolve("alertmanager.log").toFile()).start();
      String base = "http://127.0.0.1:" + port;
      awaitReady(base);
      Set<String> expected = new TreeSet<>();
      List<Map<String, Object>> posted = new ArrayList<>();
      SuiteRunner runner = new SuiteRunner(am);
      for (int i = 0; i < cases.size(); i++) {
        Map<String, Map<String, String>> alerts = tagged(cases.get(i), i);
        SuiteRunner.Outcome outcome = runner.simulate(alerts);
        for (var e : alerts.entrySet()) {
          posted.add(Map.of("labels", e.getValue()));
          for (RouteNode n : outcome.routes().get(e.getKey())) {
            if (!outcome.muted().contains(e.getKey())) {
              expected.add(n.receiver() + " " + i + "/" + e.getKey() + " "
                  + n.groupKey(e.getValue()));
            }
          }
        }
        assertThat(cases.get(i).expect().receivers().keySet()).isNotEmpty();
      }
      post(base + "/api/v2/alerts", JSON.writeValueAsString(posted));
      long deadline = System.nanoTime() + MAX_WAIT.toNanos();
      while (!received.containsAll(expected) && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      Thread.sleep(3000);
      assertThat(new TreeSet<>(received)).isEqualTo(expected);
      assertThat(received).noneMatch(r -> r.contains(" 6/latency ") || r.contains(" 8/warning "));
    } finally {
      if (alertmanager != null) {
        alertmanager.destroy();
        if (!alertmanager.waitFor(10, TimeUnit.SECONDS)) {
          alertmanager.destroyForcibly();
        }
      }
      sink.stop(0);
    }
  }

  private static List<RoutingSuite.Case> codeweaverSuite() throws IOException {
    Diagnostics d = new Diagnostics();
    List<SuiteLoader.Loaded> loaded = new SuiteLoader(LoadLimits.DEFAULT)
        .load(SuiteLoader.suiteFiles(Fixtures.CODEWEAVER), d);
    assertThat(d.sorted()).isEmpty();
    assertThat(loaded).hasSize(1);
    return loaded.get(0).suite().cases();
  }

  /** The case's alerts with labels naming case and alert, so that deliveries can be told. */
  private static Map<String, Map<String, String>> tagged(RoutingSuite.Case c, int index) {
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    c.alerts().forEach((id, labels) -> {
      Map<String, String> l = new LinkedHashMap<>(labels);
      l.put("cwmon_case", String.valueOf(index));
      l.put("cwmon_alert", id);
      out.put(id, l);
    });
    return out;
  }

  /**
   * The spec with every receiver a webhook into the sink, timing shortened, and inhibition
   * kept within one case (its label joins every rule's equal).
   */
  static AlertmanagerSpec forTest(AlertmanagerSpec am, String sink) {
    List<Receiver> receivers = am.receivers().stream().map(r -> new Receiver(r.name(),
        List.of(new WebhookConfig(sink + r.name(), null, false, null)), List.of(), List.of(),
        List.of())).toList();
    List<InhibitRule> rules = am.inhibitRules().stream().map(r -> {
      List<String> equal = new ArrayList<>(r.equal());
      equal.add("cwmon_case");
      return new InhibitRule(r.sourceMatchers(), r.targetMatchers(), equal);
    }).toList();
    return new AlertmanagerSpec(null, List.of(), fast(am.route(), true), rules, List.of(),
        receivers);
  }

  private static Route fast(Route r, boolean root) {
    PromDuration second = PromDuration.ofSeconds(1);
    return new Route(r.receiver(), r.groupBy(), r.continueMatching(), r.matchers(),
        root || r.groupWait() != null ? second : null,
        root || r.groupInterval() != null ? second : null, r.repeatInterval(), List.of(),
        List.of(), r.routes().stream().map(c -> fast(c, false)).toList());
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void awaitReady(String base) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + MAX_WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(base + "/-/ready"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Alertmanager was not ready within " + MAX_WAIT);
  }

  private static void post(String url, String body) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create(url)).timeout(Duration.ofSeconds(10)).header("Content-Type",
        "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("POST %s: %s", url, r.body()).isEqualTo(200);
  }
}
