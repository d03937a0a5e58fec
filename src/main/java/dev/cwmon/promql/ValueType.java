package dev.cwmon.promql;

/** The four kinds of value a PromQL expression evaluates to. */
public enum ValueType {
  SCALAR("scalar"),
  VECTOR("instant vector"),
  MATRIX("range vector"),
  STRING("string");

  private final String documentedName;

  ValueType(String documentedName) {
    this.documentedName = documentedName;
  }

  /** The name the Prometheus documentation and its error messages use, e.g. "range vector". */
  public String documentedName() {
    return documentedName;
  }
}
