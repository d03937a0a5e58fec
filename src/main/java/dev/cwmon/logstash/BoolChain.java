package dev.cwmon.logstash;

import java.util.List;
import java.util.Objects;

/**
 * Expressions joined by boolean operators, kept flat as Logstash's grammar reads them:
 * {@code a and b or c} is one chain of three operands. A parenthesised chain inside another
 * is a nested operand.
 *
 * <p>Logstash's compiler orders a chain with a shunting-yard pass, {@code and} above
 * {@code or}, popping at most one operator per step, so a long mixed chain such as
 * {@code a or b and c and d or e} does not group as usual precedence would; parentheses
 * make the intent explicit. It has no precedence for {@code xor} and {@code nand} and fails
 * to compile a chain that mixes them with a second operator, so the model accepts them only
 * in a chain of two operands.
 */
public record BoolChain(Expr first, List<Link> rest) implements Expr {
  /** The four boolean operators. */
  public enum Op {
    AND("and"),
    OR("or"),
    XOR("xor"),
    NAND("nand");

    private final String word;

    Op(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** An operator and the expression to its right. */
  public record Link(Op op, Expr operand) {
    public Link {
      Objects.requireNonNull(op, "op");
      Objects.requireNonNull(operand, "operand");
    }
  }

  public BoolChain {
    Objects.requireNonNull(first, "first");
    rest = List.copyOf(rest);
    if (rest.isEmpty()) {
      throw new IllegalArgumentException("a boolean chain needs an operator");
    }
    if (rest.size() > 1 && rest.stream().anyMatch(l -> l.op() == Op.XOR || l.op() == Op.NAND)) {
      throw new IllegalArgumentException(
          "logstash cannot combine xor or nand with another operator; add parentheses");
    }
  }

  public static BoolChain of(Expr first, Op op, Expr second) {
    return new BoolChain(first, List.of(new Link(op, second)));
  }
}
