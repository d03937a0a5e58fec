package dev.cwmon.gotemplate;

import java.util.Map;
import java.util.Set;

/**
 * What the checker knows about a value's Go type: enough to catch a misspelt field such as
 * {@code .Lables} and to tell which map reads are label names. {@link #UNKNOWN} accepts all.
 */
enum Shape {
  UNKNOWN("unknown"),
  RULE_DATA("rule template data"),
  NOTIFICATION_DATA("template.Data"),
  ALERTS("template.Alerts"),
  ALERT("template.Alert"),
  LABEL_MAP("map[string]string"),
  STRING_MAP("map[string]string"),
  LABEL_KV("template.KV"),
  KV("template.KV"),
  STRING("string"),
  FLOAT("float64");

  /** Methods of Alertmanager's {@code template.KV}; any other name is a map key. */
  private static final Set<String> KV_METHODS = Set.of("Names", "Remove", "SortedPairs", "Values");

  private static final Map<String, Shape> RULE_FIELDS =
      Map.of("Labels", LABEL_MAP, "ExternalLabels", STRING_MAP, "ExternalURL", STRING,
          "Value", FLOAT);

  private static final Map<String, Shape> DATA_FIELDS =
      Map.of("Receiver", STRING, "Status", STRING, "Alerts", ALERTS, "GroupLabels", LABEL_KV,
          "CommonLabels", LABEL_KV, "CommonAnnotations", KV, "ExternalURL", STRING);

  private static final Map<String, Shape> ALERT_FIELDS =
      Map.of("Status", STRING, "Labels", LABEL_KV, "Annotations", KV, "StartsAt", UNKNOWN,
          "EndsAt", UNKNOWN, "GeneratorURL", STRING, "Fingerprint", STRING);

  private static final Map<String, Shape> ALERTS_METHODS =
      Map.of("Firing", ALERTS, "Resolved", ALERTS);

  private final String goType;

  Shape(String goType) {
    this.goType = goType;
  }

  String goType() {
    return goType;
  }

  /** The shape of {@code .name} read from this shape, or null when Go would fail. */
  Shape field(String name) {
    return switch (this) {
      case UNKNOWN -> UNKNOWN;
      case RULE_DATA -> RULE_FIELDS.get(name);
      case NOTIFICATION_DATA -> DATA_FIELDS.get(name);
      case ALERTS -> ALERTS_METHODS.get(name);
      case ALERT -> ALERT_FIELDS.get(name);
      case LABEL_MAP, STRING_MAP -> STRING;
      case LABEL_KV, KV -> KV_METHODS.contains(name) ? UNKNOWN : STRING;
      case STRING, FLOAT -> null;
    };
  }

  /** True when {@code .name} on this shape reads an alert label called {@code name}. */
  boolean readsLabel(String name) {
    return this == LABEL_MAP || this == LABEL_KV && !KV_METHODS.contains(name);
  }

  /** The shape of the elements {@code range} visits. */
  Shape element() {
    return switch (this) {
      case ALERTS -> ALERT;
      case LABEL_MAP, STRING_MAP, LABEL_KV, KV -> STRING;
      default -> UNKNOWN;
    };
  }
}
