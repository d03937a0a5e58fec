package dev.cwmon.model.prometheus;

/** TLS settings for scraping or for reaching Alertmanager. */
public record TlsConfig(
    String caFile,
    String certFile,
    String keyFile,
    String serverName,
    Boolean insecureSkipVerify,
    String minVersion) {}
