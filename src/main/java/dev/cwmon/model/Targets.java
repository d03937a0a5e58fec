package dev.cwmon.model;

/**
 * The versions of the tools the output is for. A spec field that a chosen version lacks is an
 * error rather than a silent drop.
 */
public record Targets(Version prometheus, Version alertmanager, Version grafana, Version logstash) {
  public static final Version DEFAULT_PROMETHEUS = Version.parse("2.42");
  public static final Version DEFAULT_ALERTMANAGER = Version.parse("0.25");

  public Version prometheusOrDefault() {
    return prometheus == null ? DEFAULT_PROMETHEUS : prometheus;
  }

  public Version alertmanagerOrDefault() {
    return alertmanager == null ? DEFAULT_ALERTMANAGER : alertmanager;
  }

  /** The defaults, for a spec that names no targets. */
  public static Targets defaults() {
    return new Targets(null, null, null, null);
  }
}
