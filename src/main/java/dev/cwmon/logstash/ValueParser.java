package dev.cwmon.logstash;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Reads plugin bodies and the values of attributes, arrays and hashes. */
final class ValueParser {
  private final Source src;

  ValueParser(Source src) {
    this.src = src;
  }

  /** The body of a plugin after its name, from its opening brace to its closing one. */
  Plugin pluginBody(String name, int nameAt, List<String> comments) {
    src.expect("{", "expected \"{\" after plugin name \"" + name + "\"");
    src.enter();
    List<Attribute> attributes = new ArrayList<>();
    int valueEnd = -1;
    while (true) {
      boolean separated = valueEnd < 0 || src.whitespaceNext();
      List<String> leading = src.layout();
      if (src.peek() == '}') {
        src.pos++;
        src.exit();
        return build(() -> new Plugin(name, attributes, comments, leading), nameAt);
      }
      if (src.atEnd()) {
        throw src.errorAt(nameAt, "plugin \"" + name + "\" is not closed with \"}\"");
      }
      if (!separated) {
        String previous = attributes.get(attributes.size() - 1).name();
        throw src.errorAt(valueEnd, "expected whitespace or \"}\" after the value of \""
            + previous + "\"");
      }
      int at = src.pos;
      String attribute = attributeName();
      src.layout();
      src.expect("=>", "expected \"=>\" after attribute name \"" + attribute + "\"");
      src.layout();
      Value value = value(true);
      attributes.add(build(() -> new Attribute(attribute, value, leading), at));
      valueEnd = src.pos;
    }
  }

  private String attributeName() {
    char c = src.peek();
    if (c == '"' || c == '\'') {
      return string().value();
    }
    String name = src.nameAhead();
    if (name.isEmpty()) {
      throw src.error("expected an attribute name or \"}\", found " + src.describeNext());
    }
    src.pos += name.length();
    return name;
  }

  /** A value; a plugin ({@code json { ... }}) only where {@code pluginAllowed}. */
  Value value(boolean pluginAllowed) {
    int start = src.pos;
    String name = src.nameAhead();
    if (!name.isEmpty()) {
      src.pos += name.length();
      src.layout();
      if (src.peek() == '{') {
        if (!pluginAllowed) {
          throw src.errorAt(start, "plugin \"" + name
              + "\" is only allowed as an attribute value, not inside an array or hash");
        }
        return pluginBody(name, start, List.of());
      }
      src.pos = start;
      return wordOrNumber(name);
    }
    switch (src.peek()) {
      case '"', '\'':
        return string();
      case '[':
        return array();
      case '{':
        return hash();
      case '$':
        throw src.error("unquoted \"${...}\" is not a value; put the reference in quotes");
      default:
        throw src.error("expected a value, found " + src.describeNext());
    }
  }

  /** A bareword, boolean or number spelled by the name token {@code name} at the position. */
  private Value wordOrNumber(String name) {
    int start = src.pos;
    char c = src.peek();
    Value value;
    if (isLetter(c) || c == '_') {
      int dash = name.indexOf('-');
      String word = dash < 0 ? name : name.substring(0, dash);
      if (word.length() < 2 || dash >= 0) {
        throw src.error("unquoted value \"" + name + "\" is not a bareword"
            + " ([A-Za-z_][A-Za-z0-9_]+); put it in quotes");
      }
      src.pos += word.length();
      value = word.equals("true") || word.equals("false")
          ? Bool.of(word.equals("true")) : new Bareword(word);
    } else {
      value = number();
    }
    if (src.pos < start + name.length()) {
      throw src.errorAt(start, "unquoted value \"" + name + "\" is neither a bareword nor a"
          + " number; put it in quotes");
    }
    return value;
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  Num number() {
    int start = src.pos;
    if (src.peek() == '-') {
      src.pos++;
    }
    int digits = src.pos;
    while (isDigit(src.peek())) {
      src.pos++;
    }
    if (src.pos == digits) {
      throw src.errorAt(start, "expected a number");
    }
    if (src.peek() == '.') {
      src.pos++;
      while (isDigit(src.peek())) {
        src.pos++;
      }
    }
    return new Num(src.slice(start, src.pos));
  }

  Str string() {
    int start = src.pos;
    char quote = src.peek();
    String body = delimited(quote);
    if (body == null) {
      throw src.errorAt(start, "unterminated string");
    }
    return new Str(body, quote == '"' ? Str.Quote.DOUBLE : Str.Quote.SINGLE);
  }

  /**
   * The body between two {@code delimiter}s, keeping a backslash and delimiter as two
   * characters of the body, as Logstash's grammar does; null if the closing one is missing.
   */
  String delimited(char delimiter) {
    int start = src.pos;
    int i = start + 1;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '\\' && i + 1 < src.length() && src.charAt(i + 1) == delimiter) {
        i += 2;
      } else if (c == delimiter) {
        src.pos = i + 1;
        return src.slice(start + 1, i);
      } else {
        i++;
      }
    }
    return null;
  }

  Arr array() {
    int start = src.pos;
    src.pos++;
    src.enter();
    List<Value> items = new ArrayList<>();
    src.layout();
    if (src.peek() != ']') {
      while (true) {
        items.add(value(false));
        src.layout();
        if (src.peek() == ']') {
          break;
        }
        if (src.peek() != ',') {
          throw src.atEnd() ? src.errorAt(start, "array is not closed with \"]\"")
              : src.error("expected \",\" or \"]\" in array, found " + src.describeNext());
        }
        src.pos++;
        src.layout();
      }
    }
    src.pos++;
    src.exit();
    return new Arr(items);
  }

  private Hash hash() {
    int start = src.pos;
    src.pos++;
    src.enter();
    List<Hash.Entry> entries = new ArrayList<>();
    Set<Value> keys = new HashSet<>();
    src.layout();
    while (src.peek() != '}' || src.atEnd()) {
      if (src.atEnd()) {
        throw src.errorAt(start, "hash is not closed with \"}\"");
      }
      int keyAt = src.pos;
      Value key = hashKey();
      String keyText = src.slice(keyAt, src.pos);
      if (!keys.add(key)) {
        throw src.errorAt(keyAt, "duplicate hash key " + keyText);
      }
      src.layout();
      src.expect("=>", "expected \"=>\" after hash key " + keyText);
      src.layout();
      entries.add(new Hash.Entry(key, value(false)));
      int valueEnd = src.pos;
      src.layout();
      if (src.peek() != '}' && !src.atEnd()) {
        if (src.commentSkipped() >= 0) {
          throw src.errorAt(src.commentSkipped(), "logstash does not accept a comment between"
              + " hash entries; move it above the hash");
        }
        if (src.pos == valueEnd) {
          throw src.error("expected whitespace or \"}\" after hash entry " + keyText
              + ", found " + src.describeNext());
        }
      }
    }
    src.pos++;
    src.exit();
    return new Hash(entries);
  }

  private Value hashKey() {
    char c = src.peek();
    if (c == '"' || c == '\'') {
      return string();
    }
    if (c == '-' || isDigit(c)) {
      return number();
    }
    String name = src.nameAhead();
    if (name.isEmpty()) {
      throw src.error("expected a hash key or \"}\", found " + src.describeNext());
    }
    return wordOrNumber(name);
  }

  private <T> T build(Supplier<T> builder, int at) {
    try {
      return builder.get();
    } catch (IllegalArgumentException e) {
      throw src.errorAt(at, e.getMessage());
    }
  }
}
