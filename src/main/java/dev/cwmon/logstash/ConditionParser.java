package dev.cwmon.logstash;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the condition of an {@code if} following Logstash's grammar: expressions joined by
 * {@code and}, {@code or}, {@code xor}, {@code nand}, each a parenthesised condition, a
 * negation, a comparison, a membership or regex test, or a lone value.
 */
final class ConditionParser {
  private final Source src;
  private final ValueParser values;

  ConditionParser(Source src, ValueParser values) {
    this.src = src;
    this.values = values;
  }

  Expr condition() {
    Expr first = expression();
    List<BoolChain.Link> rest = new ArrayList<>();
    int xorAt = -1;
    while (true) {
      int save = src.pos;
      src.layout();
      int opAt = src.pos;
      BoolChain.Op op = booleanOperator();
      if (op == null) {
        src.pos = save;
        break;
      }
      if ((op == BoolChain.Op.XOR || op == BoolChain.Op.NAND) && xorAt < 0) {
        xorAt = opAt;
      }
      src.layout();
      rest.add(new BoolChain.Link(op, expression()));
    }
    if (rest.isEmpty()) {
      return first;
    }
    if (rest.size() > 1 && xorAt >= 0) {
      throw src.errorAt(xorAt, "logstash cannot combine xor or nand with another boolean"
          + " operator in one condition; add parentheses");
    }
    return new BoolChain(first, rest);
  }

  private BoolChain.Op booleanOperator() {
    for (BoolChain.Op op : BoolChain.Op.values()) {
      if (src.startsWith(op.word())) {
        src.pos += op.word().length();
        return op;
      }
    }
    return null;
  }

  private Expr expression() {
    char c = src.peek();
    if (c == '(') {
      return parenthesised();
    }
    if (c == '!') {
      src.pos++;
      src.layout();
      if (src.peek() == '(') {
        return new Not(parenthesised());
      }
      if (src.peek() == '[') {
        int at = src.pos;
        FieldRef ref = selector();
        if (ref != null) {
          return new Not(ref);
        }
        src.pos = at;
      }
      throw src.error("expected \"(\" or a field reference after \"!\"");
    }
    Operand left = rvalue();
    int save = src.pos;
    src.layout();
    if (src.startsWith("in")) {
      src.pos += 2;
      return new In(left, false, rightOf("in")).simplified();
    }
    if (src.startsWith("not ")) {
      src.pos += 4;
      src.layout();
      src.expect("in", "expected \"in\" after \"not\"");
      return new In(left, true, rightOf("not in")).simplified();
    }
    for (Compare.Op op : Compare.Op.values()) {
      if (src.startsWith(op.symbol())) {
        src.pos += op.symbol().length();
        return new Compare(left, op, rightOf(op.symbol()));
      }
    }
    if (src.startsWith("=~") || src.startsWith("!~")) {
      boolean negated = src.peek() == '!';
      src.pos += 2;
      src.layout();
      char p = src.peek();
      if (p != '"' && p != '\'' && p != '/') {
        throw src.error("expected a string or /regex/ after \"" + (negated ? "!~" : "=~")
            + "\"");
      }
      return new Match(left, negated, rvalue());
    }
    src.pos = save;
    return left;
  }

  private Operand rightOf(String operator) {
    src.layout();
    if (src.atEnd() || src.peek() == '{') {
      throw src.error("expected a value after \"" + operator + "\"");
    }
    return rvalue();
  }

  private Expr parenthesised() {
    src.pos++;
    src.enter();
    src.layout();
    Expr inner = condition();
    src.layout();
    src.expect(")", "expected \")\" or a boolean operator, found " + src.describeNext());
    src.exit();
    return inner;
  }

  /** A string, number, field reference, list or regex. */
  Operand rvalue() {
    char c = src.peek();
    if (c == '"' || c == '\'') {
      return values.string();
    }
    if (c == '-' || c >= '0' && c <= '9') {
      return values.number();
    }
    if (c == '/') {
      int start = src.pos;
      String body = values.delimited('/');
      if (body == null) {
        throw src.errorAt(start, "unterminated regex");
      }
      return new Regex(body);
    }
    if (c == '[') {
      FieldRef ref = selector();
      return ref != null ? ref : values.array();
    }
    String word = src.nameAhead();
    if (!word.isEmpty()) {
      int at = src.pos;
      src.pos += word.length();
      src.layout();
      boolean call = src.peek() == '(';
      src.pos = at;
      throw src.error(call
          ? "not supported: method call \"" + word + "(...)\" in a condition"
          : "unquoted \"" + word + "\" in a condition; put it in quotes");
    }
    throw src.error("expected a field reference, string, number, list or /regex/, found "
        + src.describeNext());
  }

  /** The selector at the position, or null (position unchanged) if there is none. */
  private FieldRef selector() {
    List<String> path = new ArrayList<>();
    int end = FieldRef.scan(src.text(), src.pos, path);
    if (path.isEmpty()) {
      return null;
    }
    src.pos = end;
    return new FieldRef(path);
  }
}
