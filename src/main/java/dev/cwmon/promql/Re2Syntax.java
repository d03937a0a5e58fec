package dev.cwmon.promql;

import java.util.Set;

/**
 * Checks a label-matcher regex against Go's RE2 syntax, which Prometheus compiles with, and
 * tells whether it matches the empty string. It refuses what Go refuses (back-references,
 * look-around, nested repetition, repeat counts over 1000) and does not consult Java's regex
 * engine, whose syntax differs. Unicode class names after {@code \p} are not checked.
 *
 * <p>It also translates a checked regex into Java's syntax with RE2's meaning, for the places
 * cwmon must match like Prometheus and Alertmanager do (routing, catalog values): named
 * groups, POSIX classes, octal escapes, {@code \v}, {@code \s}, {@code \b}, {@code $}, the
 * ungreedy flag and literal brackets inside classes are written the way Java reads them.
 */
final class Re2Syntax {
  /** Go allows 1000; 500 leaves stack for the PromQL nesting around the regex. */
  private static final int MAX_DEPTH = 500;
  private static final int MAX_REPEAT = 1000;
  private static final int NO_ATOM = -1;
  private static final Set<String> POSIX_CLASSES = Set.of("alnum", "alpha", "ascii", "blank",
      "cntrl", "digit", "graph", "lower", "print", "punct", "space", "upper", "word", "xdigit");

  private static final String WORD = "[0-9A-Za-z_]";
  private static final String SPACE = "\\t\\n\\f\\r ";

  private final String re;
  private final StringBuilder out;
  private int pos;
  private int depth;
  private boolean multiLine;
  private boolean ungreedy;

  private Re2Syntax(String re, boolean translate) {
    this.re = re;
    this.out = translate ? new StringBuilder(re.length() + 16) : null;
  }

  private Re2Syntax(String re) {
    this(re, false);
  }

  /**
   * {@code regex}, which Go accepts, as a Java regex that matches the same strings when
   * compiled with {@code UNIX_LINES | UNICODE_CASE}.
   *
   * @throws PromqlException if Go would refuse {@code regex}
   */
  static String toJava(String regex) {
    Re2Syntax translator = new Re2Syntax(regex, true);
    try {
      translator.parse();
    } catch (BadRegex e) {
      throw PromqlException.at(regex, 0,
          "invalid regular expression " + Literals.quote(regex) + ": " + e.getMessage());
    }
    return translator.out.toString();
  }

  private void emit(String java) {
    if (out != null) {
      out.append(java);
    }
  }

  /** A code point written so that Java reads it as itself, inside a class or outside. */
  private void emitLiteral(int cp) {
    if (out == null) {
      return;
    }
    if (cp < 128 && Character.isLetterOrDigit(cp) || cp == ' ' || cp == '_') {
      out.appendCodePoint(cp);
    } else {
      out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }
  }

  /** Throws a {@link PromqlException} at {@code offset} in {@code src} if Go would refuse. */
  static void check(String regex, String src, int offset) {
    try {
      new Re2Syntax(regex).parse();
    } catch (BadRegex e) {
      throw PromqlException.at(src, offset,
          "invalid regular expression " + Literals.quote(regex) + ": " + e.getMessage());
    }
  }

  /** Whether the fully anchored {@code regex}, already checked, matches "". */
  static boolean matchesEmpty(String regex) {
    return new Re2Syntax(regex).parse();
  }

  private boolean parse() {
    boolean nullable = alternation();
    if (pos < re.length()) {
      throw new BadRegex("unexpected )");
    }
    return nullable;
  }

  private boolean alternation() {
    boolean nullable = concatenation();
    while (pos < re.length() && re.charAt(pos) == '|') {
      pos++;
      emit("|");
      nullable |= concatenation();
    }
    return nullable;
  }

  private boolean concatenation() {
    boolean nullable = true;
    while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
      nullable &= repetition();
    }
    return nullable;
  }

  private boolean repetition() {
    int atom = atom();
    boolean nullable = atom != 0;
    boolean repeated = false;
    while (pos < re.length()) {
      char c = re.charAt(pos);
      int min;
      int opStart = pos;
      if (c == '*' || c == '?' || c == '+') {
        pos++;
        min = c == '+' ? 1 : 0;
      } else if (c == '{' && repeatCount() >= 0) {
        min = readRepeatCount();
      } else {
        break;
      }
      if (atom == NO_ATOM) {
        throw new BadRegex("missing argument to repetition operator");
      }
      if (repeated) {
        throw new BadRegex("invalid nested repetition operator");
      }
      repeated = true;
      emit(re.substring(opStart, pos));
      boolean lazy = pos < re.length() && re.charAt(pos) == '?';
      if (lazy) {
        pos++;
      }
      if (lazy != ungreedy) {
        emit("?");
      }
      nullable |= min == 0;
    }
    return nullable;
  }

  /** The minimum of a {@code {n,m}} at pos, or -1 when that brace is a literal. */
  private int repeatCount() {
    int i = pos + 1;
    int start = i;
    while (i < re.length() && Lexer.isDigit(re.charAt(i))) {
      i++;
    }
    if (i == start) {
      return -1;
    }
    if (i < re.length() && re.charAt(i) == ',') {
      i++;
      while (i < re.length() && Lexer.isDigit(re.charAt(i))) {
        i++;
      }
    }
    return i < re.length() && re.charAt(i) == '}' ? 0 : -1;
  }

  private int readRepeatCount() {
    int close = re.indexOf('}', pos);
    String body = re.substring(pos + 1, close);
    pos = close + 1;
    int comma = body.indexOf(',');
    int min = bounded(comma < 0 ? body : body.substring(0, comma));
    boolean open = comma == body.length() - 1;
    int max = comma < 0 || open ? min : bounded(body.substring(comma + 1));
    if (max < min) {
      throw new BadRegex("invalid repeat count");
    }
    return min;
  }

  private static int bounded(String digits) {
    if (digits.length() > 4 || Integer.parseInt(digits) > MAX_REPEAT) {
      throw new BadRegex("invalid repeat count");
    }
    return Integer.parseInt(digits);
  }

  /** 1 if the atom at pos can match empty, 0 if not, NO_ATOM for a bare flag group. */
  private int atom() {
    char c = re.charAt(pos);
    switch (c) {
      case '(':
        return group();
      case '[':
        characterClass();
        return 0;
      case '^', '$':
        pos++;
        // Without (?m), RE2's $ is the end of the text only; Java's also matches before a
        // final line break.
        emit(c == '$' && !multiLine ? "\\z" : String.valueOf(c));
        return 1;
      case '\\':
        return escape();
      case '*', '+', '?':
        throw new BadRegex("missing argument to repetition operator");
      case '{':
        if (repeatCount() >= 0) {
          throw new BadRegex("missing argument to repetition operator");
        }
        pos++;
        emit("\\{");
        return 0;
      case '.':
        pos++;
        emit(".");
        return 0;
      default:
        int cp = re.codePointAt(pos);
        pos += Character.charCount(cp);
        emitLiteral(cp);
        return 0;
    }
  }

  private int group() {
    if (++depth > MAX_DEPTH) {
      throw new BadRegex("expression nests too deeply");
    }
    pos++;
    boolean outerMultiLine = multiLine;
    boolean outerUngreedy = ungreedy;
    if (re.startsWith("?P<", pos)) {
      int close = re.indexOf('>', pos);
      String name = close < 0 ? "" : re.substring(pos + 3, close);
      if (name.isEmpty() || !name.chars().allMatch(ch -> ch < 128 && isWordChar((char) ch))) {
        throw new BadRegex("invalid named capture");
      }
      pos = close + 1;
      emit("(");
    } else if (pos < re.length() && re.charAt(pos) == '?') {
      if (flags()) {
        depth--;
        return NO_ATOM;
      }
    } else {
      emit("(");
    }
    boolean nullable = alternation();
    if (pos >= re.length()) {
      throw new BadRegex("missing closing )");
    }
    pos++;
    emit(")");
    multiLine = outerMultiLine;
    ungreedy = outerUngreedy;
    depth--;
    return nullable ? 1 : 0;
  }

  /** Reads {@code ?flags} up to ':' or ')'; true when the group held flags only. */
  private boolean flags() {
    int start = pos;
    pos++;
    boolean negated = false;
    boolean sawFlag = false;
    StringBuilder on = new StringBuilder();
    StringBuilder off = new StringBuilder();
    while (pos < re.length()) {
      char c = re.charAt(pos++);
      if (c == 'i' || c == 'm' || c == 's' || c == 'U') {
        sawFlag = true;
        if (c == 'm') {
          multiLine = !negated;
        } else if (c == 'U') {
          // Java's U is another flag: RE2's ungreedy mode is applied to each repetition.
          ungreedy = !negated;
        }
        if (c != 'U') {
          (negated ? off : on).append(c);
        }
      } else if (c == '-' && !negated) {
        negated = true;
        sawFlag = false;
      } else if ((c == ':' || c == ')') && (!negated || sawFlag)) {
        String java = on + (off.isEmpty() ? "" : "-" + off);
        if (c == ':') {
          emit("(?" + java + ":");
        } else if (!java.isEmpty()) {
          emit("(?" + java + ")");
        }
        return c == ')';
      } else {
        break;
      }
    }
    throw new BadRegex("invalid or unsupported perl syntax at "
        + Literals.quote(re.substring(start - 1, Math.min(pos, re.length()))));
  }

  private int escape() {
    if (pos + 1 >= re.length()) {
      throw new BadRegex("trailing backslash at end of expression");
    }
    char c = re.charAt(pos + 1);
    switch (c) {
      case 'b':
        pos += 2;
        // RE2's word boundary is ASCII; Java 17's \b looks at Unicode letters.
        emit("(?:(?<=" + WORD + ")(?!" + WORD + ")|(?<!" + WORD + ")(?=" + WORD + "))");
        return 0;
      case 'B', 'A', 'z':
        pos += 2;
        emit(c == 'B'
            ? "(?:(?<=" + WORD + ")(?=" + WORD + ")|(?<!" + WORD + ")(?!" + WORD + "))"
            : "\\" + c);
        return 1;
      case 'Q':
        int end = re.indexOf("\\E", pos + 2);
        int stop = end < 0 ? re.length() : end;
        boolean empty = stop == pos + 2;
        re.substring(pos + 2, stop).codePoints().forEach(this::emitLiteral);
        pos = end < 0 ? re.length() : end + 2;
        return empty ? 1 : 0;
      default:
        escapedChar(false);
        return 0;
    }
  }

  /** Reads an escape that stands for one char or class; its code point, or -1 for a class. */
  private int escapedChar(boolean inClass) {
    int cp = escapedCodePoint(inClass);
    if (cp >= 0) {
      emitLiteral(cp);
    }
    return cp;
  }

  private int escapedCodePoint(boolean inClass) {
    char c = re.charAt(pos + 1);
    pos += 2;
    switch (c) {
      case 'd', 'D', 'w', 'W':
        emit("\\" + c);
        return -1;
      case 's':
        // RE2's \s is [\t\n\f\r ]; Java's also holds \x0B.
        emit(inClass ? SPACE : "[" + SPACE + "]");
        return -1;
      case 'S':
        emit("[^" + SPACE + "]");
        return -1;
      case 'p', 'P':
        unicodeClass(c, inClass);
        return -1;
      case 'a': return 7;
      case 'f': return '\f';
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'v': return 11;
      case 'x':
        return hexEscape();
      default:
        break;
    }
    if (c >= '0' && c <= '7') {
      boolean backReference = c != '0' && (pos >= re.length() || !isOctal(re.charAt(pos)));
      if (backReference) {
        throw new BadRegex("invalid escape sequence \\" + c);
      }
      int value = c - '0';
      for (int k = 0; k < 2 && pos < re.length() && isOctal(re.charAt(pos)); k++) {
        value = value * 8 + re.charAt(pos++) - '0';
      }
      return value;
    }
    if (c < 128 && !Character.isLetterOrDigit(c)) {
      return c;
    }
    throw new BadRegex("invalid escape sequence \\" + c);
  }

  private int hexEscape() {
    if (pos < re.length() && re.charAt(pos) == '{') {
      int close = re.indexOf('}', pos);
      String hex = close < 0 ? "" : re.substring(pos + 1, close);
      if (hex.isEmpty() || hex.length() > 8 || !isHex(hex)
          || Long.parseLong(hex, 16) > Character.MAX_CODE_POINT) {
        throw new BadRegex("invalid escape sequence \\x");
      }
      pos = close + 1;
      return Integer.parseInt(hex, 16);
    }
    if (pos + 2 > re.length() || !isHex(re.substring(pos, pos + 2))) {
      throw new BadRegex("invalid escape sequence \\x");
    }
    pos += 2;
    return Integer.parseInt(re.substring(pos - 2, pos), 16);
  }

  private void unicodeClass(char p, boolean inClass) {
    if (pos >= re.length()) {
      throw new BadRegex("invalid character class range");
    }
    if (re.charAt(pos) != '{') {
      int cp = re.codePointAt(pos);
      pos += Character.charCount(cp);
      emit("\\" + p + Character.toString(cp));
      return;
    }
    int close = re.indexOf('}', pos);
    if (close < 0 || close == pos + 1) {
      throw new BadRegex("invalid character class range");
    }
    String name = re.substring(pos + 1, close);
    pos = close + 1;
    boolean negated = name.startsWith("^");
    name = negated ? name.substring(1) : name;
    char kind = negated == (p == 'p') ? 'P' : 'p';
    // General categories (L, Lu, Nd) are spelled alike; scripts are Greek in RE2, IsGreek
    // in Java; RE2's Any is every code point.
    if (name.equals("Any")) {
      String all = "\\x{0}-\\x{10ffff}";
      emit(kind == 'P' ? "[^" + all + "]" : inClass ? all : "[" + all + "]");
    } else {
      emit("\\" + kind + "{" + (name.length() <= 2 ? name : "Is" + name) + "}");
    }
  }

  private void characterClass() {
    int start = pos;
    pos++;
    emit("[");
    if (pos < re.length() && re.charAt(pos) == '^') {
      pos++;
      emit("^");
    }
    boolean first = true;
    while (true) {
      if (pos >= re.length()) {
        throw new BadRegex("missing closing ] in " + Literals.quote(re.substring(start)));
      }
      if (re.charAt(pos) == ']' && !first) {
        pos++;
        emit("]");
        return;
      }
      first = false;
      if (re.startsWith("[:", pos) && posixClass()) {
        continue;
      }
      int lo = classChar();
      boolean range = pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']';
      if (range && lo >= 0) {
        pos++;
        emit("-");
        int hi = classChar();
        if (hi < lo) {
          throw new BadRegex("invalid character class range");
        }
      }
    }
  }

  private boolean posixClass() {
    int close = re.indexOf(":]", pos + 2);
    if (close < 0) {
      return false;
    }
    String name = re.substring(pos + 2, close);
    boolean negated = name.startsWith("^");
    String base = negated ? name.substring(1) : name;
    if (!POSIX_CLASSES.contains(base)) {
      throw new BadRegex("invalid character class range [:" + name + ":]");
    }
    pos = close + 2;
    // Java's POSIX classes are ASCII, as RE2's are, but spelled \p{Alpha}.
    String java = base.equals("word") ? "w"
        : base.equals("xdigit") ? "p{XDigit}"
        : base.equals("ascii") ? "p{ASCII}"
        : "p{" + Character.toUpperCase(base.charAt(0)) + base.substring(1) + "}";
    emit("\\" + (negated ? (java.equals("w") ? "W" : "P" + java.substring(1)) : java));
    return true;
  }

  private int classChar() {
    if (pos >= re.length()) {
      throw new BadRegex("missing closing ]");
    }
    if (re.charAt(pos) == '\\') {
      if (pos + 1 >= re.length()) {
        throw new BadRegex("trailing backslash at end of expression");
      }
      return escapedChar(true);
    }
    int cp = re.codePointAt(pos);
    pos += Character.charCount(cp);
    emitLiteral(cp);
    return cp;
  }

  private static boolean isOctal(char c) {
    return c >= '0' && c <= '7';
  }

  private static boolean isHex(String s) {
    return s.chars().allMatch(ch -> ch < 128 && Character.digit(ch, 16) >= 0);
  }

  private static boolean isWordChar(char c) {
    return Lexer.isAlphaNumeric(c);
  }

  /** A syntax error in a regex; caught and reported as a {@link PromqlException}. */
  private static final class BadRegex extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRegex(String message) {
      super(message, null, false, false);
    }
  }
}
