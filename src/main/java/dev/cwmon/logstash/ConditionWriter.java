package dev.cwmon.logstash;

import java.util.ArrayList;

/** Writes conditions on one line, refusing what Logstash would read differently. */
final class ConditionWriter {
  private ConditionWriter() {}

  static String write(Expr expr) {
    if (expr instanceof BoolChain chain) {
      StringBuilder out = new StringBuilder(nested(chain.first()));
      for (BoolChain.Link link : chain.rest()) {
        out.append(' ').append(link.op().word()).append(' ').append(nested(link.operand()));
      }
      return out.toString();
    }
    if (expr instanceof Not not) {
      return not.operand() instanceof FieldRef ref
          ? "!" + ref.print() : "!(" + write(not.operand()) + ")";
    }
    if (expr instanceof Compare compare) {
      return operand(compare.left()) + " " + compare.op().symbol() + " "
          + operand(compare.right());
    }
    if (expr instanceof Match match) {
      return operand(match.subject()) + (match.negated() ? " !~ " : " =~ ")
          + operand(match.pattern());
    }
    if (expr instanceof In in) {
      return membership(in);
    }
    return operand((Operand) expr);
  }

  private static String nested(Expr expr) {
    return expr instanceof BoolChain ? "(" + write(expr) + ")" : write(expr);
  }

  /**
   * Logstash reads {@code ["x"]} in a condition as the field reference {@code [x]}, so a
   * test against a one-element list is written as the equivalent comparison.
   */
  private static String membership(In in) {
    if (in.haystack() instanceof Arr list && list.items().size() == 1) {
      Operand only = scalar(list.items().get(0));
      if (only != null) {
        Compare.Op op = in.negated() ? Compare.Op.NE : Compare.Op.EQ;
        return write(new Compare(in.needle(), op, only));
      }
    }
    return operand(in.needle()) + (in.negated() ? " not in " : " in ")
        + operand(in.haystack());
  }

  /** A list element as a condition value; barewords in a list are strings to Logstash. */
  private static Operand scalar(Value item) {
    if (item instanceof Str str) {
      return str;
    }
    if (item instanceof Num num) {
      return num;
    }
    if (item instanceof Bareword word) {
      return Str.of(word.word());
    }
    if (item instanceof Bool bool) {
      return Str.of(bool.word());
    }
    return null;
  }

  private static String operand(Operand operand) {
    if (operand instanceof FieldRef ref) {
      return ref.print();
    }
    if (operand instanceof Regex regex) {
      return Quoting.regex(regex);
    }
    if (operand instanceof Arr list) {
      String text = ValueWriter.inline(list);
      if (FieldRef.scan(text, 0, new ArrayList<>()) > 0) {
        throw new UnrepresentableValueException("list " + text + " in a condition would be"
            + " read as a field reference; logstash reads [x] there as a field");
      }
      return text;
    }
    return ValueWriter.inline((Value) operand);
  }
}
