package dev.cwmon.model.logging;

import dev.cwmon.logstash.BoolChain;
import dev.cwmon.logstash.Compare;
import dev.cwmon.logstash.Expr;
import dev.cwmon.logstash.FieldRef;
import dev.cwmon.logstash.In;
import dev.cwmon.logstash.Match;
import dev.cwmon.logstash.Not;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A condition as the spec wrote it, in Logstash's own syntax, and as parsed by the Logstash
 * parser's condition grammar.
 */
public record Condition(String text, Expr expr) {
  public Condition {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(expr, "expr");
  }

  /** The field references of the condition, left to right. */
  public List<FieldRef> fields() {
    List<FieldRef> out = new ArrayList<>();
    collect(expr, out);
    return out;
  }

  private static void collect(Expr expr, List<FieldRef> out) {
    if (expr instanceof FieldRef ref) {
      out.add(ref);
    } else if (expr instanceof Compare c) {
      collect(c.left(), out);
      collect(c.right(), out);
    } else if (expr instanceof In in) {
      collect(in.needle(), out);
      collect(in.haystack(), out);
    } else if (expr instanceof Match m) {
      collect(m.subject(), out);
    } else if (expr instanceof Not not) {
      collect(not.operand(), out);
    } else if (expr instanceof BoolChain chain) {
      collect(chain.first(), out);
      chain.rest().forEach(link -> collect(link.operand(), out));
    }
  }
}
