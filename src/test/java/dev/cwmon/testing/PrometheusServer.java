package dev.cwmon.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A real Prometheus server on a free loopback port, started from generated files. */
public final class PrometheusServer implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private PrometheusServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /**
   * Starts Prometheus with the flags of {@code argsFile}, its config and storage path replaced
   * by {@code config} and a folder under {@code work}.
   */
  public static PrometheusServer start(Path argsFile, Path config, Path work) throws IOException {
    int port = freePort();
    List<String> command = new ArrayList<>(List.of("prometheus"));
    for (String flag : Files.readAllLines(argsFile)) {
      if (flag.startsWith("--config.file=")) {
        flag = "--config.file=" + config;
      } else if (flag.startsWith("--storage.tsdb.path=")) {
        flag = "--storage.tsdb.path=" + Files.createDirectories(work.resolve("data"));
      }
      command.add(flag);
    }
    command.add("--web.listen-address=127.0.0.1:" + port);
    Path log = work.resolve("prometheus.log");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    return new PrometheusServer(process, port, log);
  }

  /** GETs {@code path} until the body contains {@code expected}, for at most 30 seconds. */
  public String waitFor(String path, String expected) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    String last = "";
    while (System.nanoTime() < deadline && process.isAlive()) {
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        last = response.body();
        if (response.statusCode() == 200 && last.contains(expected)) {
          return last;
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("Prometheus did not serve " + path + " with " + expected
        + " in 30s: " + last + "\nlog:\n" + log());
  }

  public String log() throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
