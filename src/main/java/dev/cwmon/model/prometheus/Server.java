package dev.cwmon.model.prometheus;

import dev.cwmon.model.PromDuration;

/**
 * Prometheus settings that are command-line flags, not prometheus.yml keys: they are written
 * to prometheus.args, one flag a line.
 */
public record Server(
    String configFile,
    String storagePath,
    PromDuration retentionTime,
    String retentionSize,
    Boolean walCompression,
    String webListenAddress,
    Boolean webEnableLifecycle) {}
