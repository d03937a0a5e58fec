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

  private static String membership(In in) {
    Expr simplified = in.simplified();
    if (simplified != in) {
      return write(simplified);
    }
    return operand(in.needle()) + (in.negated() ? " not in " : " in ")
        + operand(in.haystack());
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
