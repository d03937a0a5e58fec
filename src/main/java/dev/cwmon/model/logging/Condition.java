package dev.cwmon.model.logging;

import dev.cwmon.logstash.BoolChain;
import dev.cwmon.logstash.Compare;
import dev.cwmon.logstash.Expr;
import dev.cwmon.logstash.FieldRef;
import dev.cwmon.logstash.In;
import dev.cwmon.logstash.Match;
import dev.cwmon.logstash.Not;
import dev.cwmon.logstash.Regex;
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

  /**
   * The right sides of {@code in} tests written as a one-element list of a string,
   * {@code [level] in ["ERROR"]}: Logstash reads {@code ["ERROR"]} as the field named
   * {@code "ERROR"}, quotes included, so the test is always false (or, with not, true).
   */
  public List<FieldRef> quotedFieldHaystacks() {
    List<FieldRef> out = new ArrayList<>();
    List<Expr> todo = new ArrayList<>(List.of(expr));
    while (!todo.isEmpty()) {
      Expr e = todo.remove(todo.size() - 1);
      if (e instanceof In in && in.haystack() instanceof FieldRef ref && ref.path().size() == 1
          && isQuoted(ref.path().get(0))) {
        out.add(ref);
      } else if (e instanceof Not not) {
        todo.add(not.operand());
      } else if (e instanceof BoolChain chain) {
        todo.add(chain.first());
        chain.rest().forEach(link -> todo.add(link.operand()));
      }
    }
    return out;
  }

  /** The regex literals of {@code =~} and {@code !~} tests, left to right. */
  public List<Regex> regexes() {
    List<Regex> out = new ArrayList<>();
    List<Expr> todo = new ArrayList<>(List.of(expr));
    while (!todo.isEmpty()) {
      Expr e = todo.remove(0);
      if (e instanceof Match m && m.pattern() instanceof Regex regex) {
        out.add(regex);
      } else if (e instanceof Not not) {
        todo.add(0, not.operand());
      } else if (e instanceof BoolChain chain) {
        List<Expr> parts = new ArrayList<>(List.of(chain.first()));
        chain.rest().forEach(link -> parts.add(link.operand()));
        todo.addAll(0, parts);
      }
    }
    return out;
  }

  private static boolean isQuoted(String name) {
    return name.length() >= 2 && (name.charAt(0) == '"' || name.charAt(0) == '\'')
        && name.charAt(name.length() - 1) == name.charAt(0);
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
