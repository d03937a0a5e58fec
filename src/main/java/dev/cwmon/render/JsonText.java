package dev.cwmon.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes a document tree as JSON through Jackson, so that every string is escaped by a JSON
 * writer and never by hand: two-space indentation, "\n" line endings, keys in tree order.
 */
public final class JsonText {
  private static final ObjectWriter WRITER = writer();

  private JsonText() {}

  private static ObjectWriter writer() {
    ObjectMapper mapper = new ObjectMapper()
        .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
    return mapper.writer(printer);
  }

  /** {@code tree} as JSON text, without a final newline. */
  public static String of(Object tree) {
    try {
      return WRITER.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("tree cannot be written as JSON", e);
    }
  }

  /** A JSON string literal: quoted and escaped. */
  public static String string(String text) {
    return of(text);
  }
}
