package dev.cwmon.promql;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Parses and type-checks PromQL as Prometheus 2.42 does. */
public final class PromQL {
  private PromQL() {}

  /**
   * Why Go's regexp package (RE2), which Prometheus and Alertmanager use, refuses
   * {@code regex}; null when it accepts it. Java's engine accepts things RE2 does not
   * ({@code (?<name>x)}, {@code a++}) and the other way round ({@code \p{Greek}}).
   */
  public static String regexProblem(String regex) {
    try {
      labelRegex(regex);
      return null;
    } catch (PromqlException e) {
      String p = e.problem();
      int colon = p.lastIndexOf(": ");
      return colon < 0 ? p : p.substring(colon + 2);
    }
  }

  /**
   * {@code regex} compiled to match, with {@link java.util.regex.Matcher#matches()}, exactly
   * the label values Prometheus's and Alertmanager's anchored RE2 matcher accepts.
   *
   * @throws PromqlException if Go would refuse {@code regex}
   */
  public static Pattern labelRegex(String regex) {
    String translated = Re2Syntax.toJava(regex);
    try {
      return Pattern.compile("(?:" + translated + ")", Pattern.UNIX_LINES | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      // Re2Syntax does not check Unicode class names; Go refuses those Java does not know.
      throw PromqlException.at(regex, 0, "invalid regular expression "
          + Literals.quote(regex) + ": invalid character class range");
    }
  }

  /**
   * Parses {@code source} into a type-checked expression, or throws a {@link PromqlException}
   * for any input Prometheus would refuse; no other exception escapes for any input.
   */
  public static Expr parse(String source) {
    Objects.requireNonNull(source, "source");
    try {
      Expr expr = new Parser(source).parse();
      checkHeight(expr, source);
      new TypeChecker(source).check(expr);
      return expr;
    } catch (StackOverflowError e) {
      // cwmon's own thread has room for MAX_DEPTH (see Main); a caller's thread may not.
      throw PromqlException.at(source, 0,
          "expression nests too deeply for this thread's stack");
    }
  }

  /**
   * Refuses trees deeper than the parser's nesting limit, which long left-associative chains
   * such as {@code a + a + ... + a} reach without recursion, so that later recursive passes
   * are safe.
   */
  private static void checkHeight(Expr root, String source) {
    Deque<Expr> nodes = new ArrayDeque<>();
    Deque<Integer> depths = new ArrayDeque<>();
    nodes.push(root);
    depths.push(1);
    while (!nodes.isEmpty()) {
      Expr node = nodes.pop();
      int depth = depths.pop();
      if (depth > Parser.MAX_DEPTH) {
        throw PromqlException.at(source, node.span().start(),
            "expression nests deeper than " + Parser.MAX_DEPTH + " levels");
      }
      for (Expr child : node.children()) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
}
