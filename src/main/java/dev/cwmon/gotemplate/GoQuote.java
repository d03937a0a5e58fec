package dev.cwmon.gotemplate;

/** Formats strings and runes the way Go's {@code %q} and {@code %#U} verbs do, for messages. */
final class GoQuote {
  private GoQuote() {}

  static String quote(String s) {
    StringBuilder out = new StringBuilder("\"");
    s.codePoints().forEach(cp -> appendEscaped(out, cp));
    return out.append('"').toString();
  }

  /** Go's {@code %#U}: {@code U+002D '-'}, without the quoted rune when it is not printable. */
  static String codePoint(int cp) {
    String hex = String.format(java.util.Locale.ROOT, "U+%04X", cp);
    return isPrintable(cp) ? hex + " '" + new String(Character.toChars(cp)) + "'" : hex;
  }

  private static void appendEscaped(StringBuilder out, int cp) {
    switch (cp) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case 7 -> out.append("\\a");
      case '\b' -> out.append("\\b");
      case '\f' -> out.append("\\f");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case 11 -> out.append("\\v");
      default -> appendOther(out, cp);
    }
  }

  private static void appendOther(StringBuilder out, int cp) {
    if (isPrintable(cp)) {
      out.appendCodePoint(cp);
    } else if (cp < 0x80) {
      out.append(String.format(java.util.Locale.ROOT, "\\x%02x", cp));
    } else if (cp < 0x10000) {
      out.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
    } else {
      out.append(String.format(java.util.Locale.ROOT, "\\U%08x", cp));
    }
  }

  private static boolean isPrintable(int cp) {
    if (cp < 0x80) {
      return cp >= 0x20 && cp < 0x7f;
    }
    int type = Character.getType(cp);
    return type != Character.CONTROL
        && type != Character.FORMAT
        && type != Character.SURROGATE
        && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE
        && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR
        && (type != Character.SPACE_SEPARATOR || cp == ' ');
  }
}
