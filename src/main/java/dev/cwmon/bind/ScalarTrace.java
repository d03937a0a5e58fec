package dev.cwmon.bind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each character of a YAML scalar's parsed value was written. It rescans the scalar's raw
 * text from its start mark with the rules SnakeYAML applies (line folding, escapes, block
 * indentation and chomping), so that a place inside the value maps back to a file line and
 * column. The scan is trusted only when it rebuilds the value SnakeYAML returned.
 */
final class ScalarTrace {
  private static final Map<Integer, Integer> ESCAPES = Map.ofEntries(
      Map.entry((int) '0', 0), Map.entry((int) 'a', 7), Map.entry((int) 'b', 8),
      Map.entry((int) 't', 9), Map.entry((int) '\t', 9), Map.entry((int) 'n', 10),
      Map.entry((int) 'v', 11), Map.entry((int) 'f', 12), Map.entry((int) 'r', 13),
      Map.entry((int) 'e', 27), Map.entry((int) ' ', 32), Map.entry((int) '"', 34),
      Map.entry((int) '/', 47), Map.entry((int) '\\', 92), Map.entry((int) 'N', 0x85),
      Map.entry((int) '_', 0xA0), Map.entry((int) 'L', 0x2028), Map.entry((int) 'P', 0x2029));

  private final String[] text;
  private final int limit;
  private final Map<Integer, int[]> lines = new HashMap<>();
  private int[] chars = new int[16];
  private int[] at = new int[32];
  private int size;

  private ScalarTrace(String[] text, int limit) {
    this.text = text;
    this.limit = limit;
  }

  /**
   * The 1-based {line, column} (columns in code points) in {@code text} of the place at
   * {@code line}:{@code column} of {@code value} (columns in UTF-16 chars, as the PromQL and
   * template parsers count them), or null when the place is not in the value or the scan of
   * the source does not rebuild the value.
   */
  static int[] locate(String[] text, int startLine, int startColumn, char style, String value,
      int line, int column) {
    int offset = offset(value, line, column);
    if (offset < 0 || text == null) {
      return null;
    }
    int[] expected = value.codePoints().toArray();
    ScalarTrace trace = new ScalarTrace(text, expected.length + 1);
    boolean scanned;
    try {
      scanned = trace.scan(style, startLine - 1, startColumn - 1);
    } catch (IndexOutOfBoundsException | NumberFormatException e) {
      scanned = false;
    }
    if (!scanned || trace.size < expected.length
        || !Arrays.equals(trace.chars, 0, expected.length, expected, 0, expected.length)) {
      return null;
    }
    if (offset < expected.length) {
      return new int[] {trace.at[2 * offset], trace.at[2 * offset + 1]};
    }
    if (expected.length == 0) {
      return null;
    }
    // Just past the value: after its last character, or at its final line break.
    int last = expected.length - 1;
    int after = expected[last] == '\n' ? 0 : 1;
    return new int[] {trace.at[2 * last], trace.at[2 * last + 1] + after};
  }

  /** The code point offset in {@code value} of a 1-based line and UTF-16 column, or -1. */
  private static int offset(String value, int line, int column) {
    if (value == null || line < 1 || column < 1) {
      return -1;
    }
    int start = 0;
    for (int l = 1; l < line; l++) {
      int nl = value.indexOf('\n', start);
      if (nl < 0) {
        return -1;
      }
      start = nl + 1;
    }
    int end = value.indexOf('\n', start);
    int index = start + column - 1;
    if (index > (end < 0 ? value.length() : end)) {
      return -1;
    }
    return value.codePointCount(0, index);
  }

  private boolean scan(char style, int line, int column) {
    // A node with an anchor or a tag starts at them: the scalar itself comes after.
    int[] l = line(line);
    while (column < l.length && (l[column] == '&' || l[column] == '!')) {
      while (column < l.length && !isBlank(l[column])) {
        column++;
      }
      column = skipBlanks(l, column);
      while (column >= l.length && line + 1 < text.length) {
        l = line(++line);
        column = skipBlanks(l, 0);
      }
    }
    return switch (style) {
      case 'p' -> plain(line, column);
      case '"', '\'' -> quoted(style == '"', line, column);
      case '|', '>' -> block(style == '>', line, column);
      default -> false;
    };
  }

  /** A plain scalar: words up to a comment or the line end, folded over continuation lines. */
  private boolean plain(int line, int column) {
    int[] l = line(line);
    int end = plainEnd(l, column);
    emit(l, line, column, end);
    int previous = line;
    int previousEnd = end;
    for (int j = line + 1; size < limit && j < text.length; j++) {
      int empties = 0;
      while (j < text.length && blank(line(j))) {
        empties++;
        j++;
      }
      if (j >= text.length) {
        break;
      }
      int[] next = line(j);
      int first = skipBlanks(next, 0);
      if (next[first] == '#') {
        break;
      }
      if (empties == 0) {
        put(' ', previous, previousEnd);
      }
      for (int e = empties; e > 0; e--) {
        put('\n', j - e, 0);
      }
      int stop = plainEnd(next, first);
      emit(next, j, first, stop);
      previous = j;
      previousEnd = stop;
    }
    return true;
  }

  /** Where a plain scalar's text on line {@code l} ends: before a comment and trailing blanks. */
  private static int plainEnd(int[] l, int from) {
    int end = l.length;
    for (int k = from + 1; k < l.length; k++) {
      if (l[k] == '#' && isBlank(l[k - 1])) {
        end = k;
        break;
      }
    }
    while (end > from && isBlank(l[end - 1])) {
      end--;
    }
    return end;
  }

  /** A single- or double-quoted scalar, with its escapes and line folding. */
  private boolean quoted(boolean doubled, int line, int column) {
    int[] l = line(line);
    if (l[column] != (doubled ? '"' : '\'')) {
      return false;
    }
    int c = column + 1;
    while (size < limit) {
      if (line >= text.length) {
        return false;
      }
      l = line(line);
      int run = c < l.length && isBlank(l[c]) ? skipBlanks(l, c) : c;
      if (run >= l.length) {
        // A line break, and the blanks before it, fold into a space or the empty lines' breaks.
        int[] next = fold(line, c);
        line = next[0];
        c = next[1];
        continue;
      }
      if (run > c) {
        emit(l, line, c, run);
        c = run;
        continue;
      }
      int ch = l[c];
      if (ch == (doubled ? '"' : '\'') && !(!doubled && c + 1 < l.length && l[c + 1] == '\'')) {
        return true;
      }
      if (!doubled || ch != '\\') {
        put(ch, line, c);
        c += ch == '\'' && !doubled ? 2 : 1;
        continue;
      }
      if (c + 1 >= l.length) {
        // An escaped line break: no break, and the next line's leading blanks go too.
        line = breaks(line + 1, c);
        c = skipBlanks(line(line), 0);
        continue;
      }
      int e = l[c + 1];
      Integer simple = ESCAPES.get(e);
      int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
      if (simple != null) {
        put(simple, line, c);
        c += 2;
      } else if (digits > 0) {
        put(Integer.parseInt(new String(l, c + 2, digits), 16), line, c);
        c += 2 + digits;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * Folds the line break at the end of {@code line} (blanks from {@code from} on): a space
   * when the next line has text, else one break per empty line. Returns the next text's place.
   */
  private int[] fold(int line, int from) {
    int before = size;
    int next = breaks(line + 1, from);
    if (size == before) {
      put(' ', line, from);
    }
    return new int[] {next, skipBlanks(line(next), 0)};
  }

  /** Emits a break for each blank line from {@code line} on; returns the first other line. */
  private int breaks(int line, int from) {
    int j = line;
    while (j < text.length - 1 && blank(line(j))) {
      put('\n', j, 0);
      j++;
    }
    if (j >= text.length) {
      throw new IndexOutOfBoundsException("unterminated quoted scalar");
    }
    return j;
  }

  /** A literal or folded block scalar, with its header's chomping and indentation indicators. */
  private boolean block(boolean folded, int line, int column) {
    int[] l = line(line);
    if (l[column] != (folded ? '>' : '|')) {
      return false;
    }
    int chomp = 0;
    int increment = 0;
    int c = column + 1;
    for (int k = 0; k < 2 && c < l.length; k++, c++) {
      if ((l[c] == '+' || l[c] == '-') && chomp == 0) {
        chomp = l[c];
      } else if (l[c] >= '1' && l[c] <= '9' && increment == 0) {
        increment = l[c] - '0';
      } else {
        break;
      }
    }
    c = skipBlanks(l, c);
    if (c < l.length && l[c] != '#') {
      return false;
    }
    int parent = parentIndent(l, column);
    if (parent == Integer.MIN_VALUE && increment > 0) {
      return false;
    }
    int minIndent = Math.max(1, parent == Integer.MIN_VALUE ? 1 : parent + 1);
    int indent;
    List<Integer> breaks = new ArrayList<>();
    int j = line + 1;
    if (increment == 0) {
      int max = 0;
      while (j < text.length) {
        int[] next = line(j);
        int spaces = spaces(next, next.length);
        max = Math.max(max, spaces);
        if (spaces < next.length || j == text.length - 1) {
          break;
        }
        breaks.add(j);
        j++;
      }
      indent = Math.max(minIndent, max);
    } else {
      indent = minIndent + increment - 1;
      j = blockBreaks(j, indent, breaks);
    }
    int lastLine = -1;
    int lastEnd = 0;
    while (j < text.length && size < limit && startsAt(line(j), indent)) {
      for (int b : breaks) {
        put('\n', b, 0);
      }
      int[] content = line(j);
      boolean leadingNonSpace = !isBlank(content[indent]);
      emit(content, j, indent, content.length);
      lastLine = j < text.length - 1 ? j : -1;
      lastEnd = content.length;
      breaks.clear();
      j = blockBreaks(j + 1, indent, breaks);
      if (j >= text.length || !startsAt(line(j), indent)) {
        break;
      }
      if (folded && lastLine >= 0 && leadingNonSpace && !isBlank(line(j)[indent])) {
        if (breaks.isEmpty()) {
          put(' ', lastLine, lastEnd);
        }
      } else if (lastLine >= 0) {
        put('\n', lastLine, lastEnd);
      }
    }
    if (chomp != '-' && lastLine >= 0) {
      put('\n', lastLine, lastEnd);
    }
    if (chomp == '+') {
      for (int b : breaks) {
        put('\n', b, 0);
      }
    }
    return true;
  }

  /** Collects the empty lines of a block from {@code line} on; returns the first other line. */
  private int blockBreaks(int line, int indent, List<Integer> breaks) {
    int j = line;
    while (j < text.length - 1) {
      int[] l = line(j);
      int spaces = spaces(l, indent);
      if (spaces < l.length) {
        break;
      }
      breaks.add(j);
      j++;
    }
    return j;
  }

  /** Whether line {@code l} has {@code indent} spaces and then more text. */
  private static boolean startsAt(int[] l, int indent) {
    return l.length > indent && spaces(l, indent) == indent;
  }

  /**
   * The indentation SnakeYAML holds when it meets a block scalar's indicator: the column of
   * the mapping key before it, or of the sequence dash; MIN_VALUE when neither is on the line.
   */
  private static int parentIndent(int[] l, int indicator) {
    int k = skipBlanks(l, 0);
    int dash = Integer.MIN_VALUE;
    while (k < indicator && l[k] == '-' && k + 1 < l.length && isBlank(l[k + 1])) {
      dash = k;
      k = skipBlanks(l, k + 1);
    }
    if (k < indicator) {
      return k;
    }
    return dash;
  }

  private void emit(int[] l, int line, int from, int to) {
    for (int k = from; k < to && size < limit; k++) {
      put(l[k], line, k);
    }
  }

  /** Records character {@code ch} of the value as written at 0-based line and column. */
  private void put(int ch, int line, int column) {
    if (size == chars.length) {
      chars = Arrays.copyOf(chars, size * 2);
      at = Arrays.copyOf(at, size * 4);
    }
    chars[size] = ch;
    at[2 * size] = line + 1;
    at[2 * size + 1] = column + 1;
    size++;
  }

  /** Line {@code index} (0-based) of the file as code points, without a trailing CR. */
  private int[] line(int index) {
    return lines.computeIfAbsent(index, i -> {
      String s = text[i];
      return (s.endsWith("\r") ? s.substring(0, s.length() - 1) : s).codePoints().toArray();
    });
  }

  private static int spaces(int[] l, int max) {
    int k = 0;
    while (k < l.length && k < max && l[k] == ' ') {
      k++;
    }
    return k;
  }

  private static int skipBlanks(int[] l, int from) {
    int k = from;
    while (k < l.length && isBlank(l[k])) {
      k++;
    }
    return k;
  }

  private static boolean blank(int[] l) {
    return skipBlanks(l, 0) == l.length;
  }

  private static boolean isBlank(int ch) {
    return ch == ' ' || ch == '\t';
  }
}
