package dev.cwmon.model.logging;

/** How a TLS peer's certificate is checked: Elasticsearch's and Kibana's verification mode. */
public enum TlsMode {
  FULL, CERTIFICATE, NONE
}
