package dev.cwmon.render;

import dev.cwmon.model.prometheus.Server;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line flags of the Prometheus server, for prometheus.args: storage and retention
 * are flags in Prometheus, not prometheus.yml keys.
 */
public final class ArgsView {
  public static final String DEFAULT_CONFIG_FILE = "/etc/prometheus/prometheus.yml";

  private ArgsView() {}

  public static List<String> of(Server server) {
    List<String> flags = new ArrayList<>();
    String configFile = server == null || server.configFile() == null
        ? DEFAULT_CONFIG_FILE : server.configFile();
    flags.add("--config.file=" + configFile);
    if (server == null) {
      return flags;
    }
    add(flags, "--storage.tsdb.path=", server.storagePath());
    add(flags, "--storage.tsdb.retention.time=", server.retentionTime());
    add(flags, "--storage.tsdb.retention.size=", server.retentionSize());
    if (server.walCompression() != null) {
      flags.add(server.walCompression()
          ? "--storage.tsdb.wal-compression" : "--no-storage.tsdb.wal-compression");
    }
    add(flags, "--web.listen-address=", server.webListenAddress());
    if (Boolean.TRUE.equals(server.webEnableLifecycle())) {
      flags.add("--web.enable-lifecycle");
    }
    return flags;
  }

  private static void add(List<String> flags, String flag, Object value) {
    if (value != null) {
      flags.add(flag + value);
    }
  }
}
