package dev.cwmon.logstash;

import java.util.Objects;

/**
 * A membership test {@code needle in haystack} or {@code needle not in haystack}, e.g.
 * {@code "error" in [tags]} or {@code [level] in ["ERROR", "CRITICAL"]}.
 */
public record In(Operand needle, boolean negated, Operand haystack) implements Expr {
  public In {
    Objects.requireNonNull(needle, "needle");
    Objects.requireNonNull(haystack, "haystack");
  }

  /**
   * The equivalent comparison when the haystack is a one-element list of a scalar, else this
   * test. Logstash reads {@code ["x"]} in a condition as the field reference {@code [x]}, so
   * such a list cannot be written there; {@code needle == "x"} means the same.
   */
  public Expr simplified() {
    if (haystack instanceof Arr list && list.items().size() == 1) {
      Operand only = scalar(list.items().get(0));
      if (only != null) {
        return new Compare(needle, negated ? Compare.Op.NE : Compare.Op.EQ, only);
      }
    }
    return this;
  }

  /** A list element as a condition value; Logstash reads barewords in a list as strings. */
  private static Operand scalar(Value item) {
    if (item instanceof Str || item instanceof Num) {
      return (Operand) item;
    }
    if (item instanceof Bareword word) {
      return Str.of(word.word());
    }
    if (item instanceof Bool bool) {
      return Str.of(bool.word());
    }
    return null;
  }
}
