package dev.cwmon.bind;

import dev.cwmon.model.PromDuration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** The scalar types a spec may hold, each with the parser that reads and checks its text. */
public final class ScalarTypes {
  /** Go's time.Duration is a 64-bit count of nanoseconds: about 292 years. */
  private static final long MAX_DURATION_MILLIS = Long.MAX_VALUE / 1_000_000;

  private final Map<Class<?>, ScalarParser<?>> parsers = new HashMap<>();
  private final Map<Class<?>, ScalarParser<? extends List<?>>> itemParsers = new HashMap<>();

  /** The built-in scalars: strings, numbers, booleans and Prometheus durations. */
  public static ScalarTypes standard() {
    ScalarTypes types = new ScalarTypes();
    types.register(String.class, ScalarParser.Result::ok);
    types.register(Integer.class, ScalarTypes::parseInt);
    types.register(Long.class, ScalarTypes::parseLong);
    types.register(Double.class, ScalarTypes::parseDouble);
    types.register(PromDuration.class, ScalarTypes::parseDuration);
    return types;
  }

  public <T> ScalarTypes register(Class<T> type, ScalarParser<T> parser) {
    parsers.put(type, parser);
    return this;
  }

  /**
   * Lets one scalar in a list of {@code type} stand for several items, or none, as
   * Alertmanager reads {@code "{a=b, c=d}"} in a list of matchers.
   */
  public <T> ScalarTypes registerItems(Class<T> type, ScalarParser<List<T>> parser) {
    itemParsers.put(type, parser);
    return this;
  }

  /** Whether a scalar item of a list of {@code type} may stand for several items. */
  boolean splits(Class<?> type) {
    return itemParsers.containsKey(type);
  }

  ScalarParser.Result<? extends List<?>> parseItems(Class<?> type, ScalarNode node) {
    return itemParsers.get(type).parse(node.getValue());
  }

  boolean supports(Class<?> type) {
    return parsers.containsKey(type) || type == Boolean.class || type.isEnum();
  }

  ScalarParser.Result<?> parse(Class<?> type, ScalarNode node) {
    String text = node.getValue();
    if (type == Boolean.class) {
      if (Tag.BOOL.equals(node.getTag()) && (text.equals("true") || text.equals("false"))) {
        return ScalarParser.Result.ok(Boolean.valueOf(text));
      }
      return ScalarParser.Result.fail("expected true or false, got \"" + clip(text) + "\"",
          "write true or false, unquoted");
    }
    if (type.isEnum()) {
      return parseEnum(type, text);
    }
    return parsers.get(type).parse(text);
  }

  static String describe(Class<?> type) {
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == Long.class) {
      return "a whole number";
    }
    if (type == Double.class) {
      return "a number";
    }
    if (type == Boolean.class) {
      return "true or false";
    }
    if (type == PromDuration.class) {
      return "a duration such as 30s or 1h30m";
    }
    return "a single value";
  }

  private static ScalarParser.Result<?> parseEnum(Class<?> type, String text) {
    for (Object constant : type.getEnumConstants()) {
      if (yamlName((Enum<?>) constant).equals(text)) {
        return ScalarParser.Result.ok(constant);
      }
    }
    String all = Arrays.stream(type.getEnumConstants())
        .map(c -> yamlName((Enum<?>) c))
        .collect(Collectors.joining(", "));
    String suggestion = Names.didYouMean(text,
        Arrays.stream(type.getEnumConstants()).map(c -> yamlName((Enum<?>) c)).toList());
    String hint = suggestion != null ? "did you mean \"" + suggestion + "\"?" : "one of: " + all;
    return ScalarParser.Result.fail("unknown value \"" + clip(text) + "\"", hint);
  }

  /** The spec spelling of an enum constant: {@code KEEP_EQUAL} is written {@code keepequal}. */
  public static String yamlName(Enum<?> constant) {
    if (constant instanceof Spelled spelled) {
      return spelled.spelling();
    }
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** An enum whose spec spelling differs from its lowercased constant name. */
  public interface Spelled {
    String spelling();
  }

  private static ScalarParser.Result<Integer> parseInt(String text) {
    try {
      return ScalarParser.Result.ok(Integer.valueOf(text));
    } catch (NumberFormatException e) {
      return ScalarParser.Result.fail("expected a whole number, got \"" + clip(text) + "\"",
          "write digits only, e.g. 100");
    }
  }

  private static ScalarParser.Result<Long> parseLong(String text) {
    try {
      return ScalarParser.Result.ok(Long.valueOf(text));
    } catch (NumberFormatException e) {
      return ScalarParser.Result.fail("expected a whole number, got \"" + clip(text) + "\"",
          "write digits only, e.g. 100");
    }
  }

  private static ScalarParser.Result<Double> parseDouble(String text) {
    try {
      double value = Double.parseDouble(text);
      if (!Double.isFinite(value) || text.strip().matches("(?i)[+-]?(nan|infinity)")) {
        throw new NumberFormatException();
      }
      return ScalarParser.Result.ok(value);
    } catch (NumberFormatException e) {
      return ScalarParser.Result.fail("expected a number, got \"" + clip(text) + "\"",
          "write a number such as 0.95");
    }
  }

  private static ScalarParser.Result<PromDuration> parseDuration(String text) {
    PromDuration d = PromDuration.parseOrNull(text);
    if (d != null && d.millis() > MAX_DURATION_MILLIS) {
      return ScalarParser.Result.fail("duration \"" + clip(text) + "\" is out of range",
          "Prometheus and Alertmanager hold durations up to about 292 years");
    }
    if (d == null) {
      return ScalarParser.Result.fail("bad duration \"" + clip(text) + "\"",
          "use Prometheus duration syntax: a number and a unit (ms, s, m, h, d, w, y), "
              + "largest unit first, e.g. 30s, 5m, 1h30m");
    }
    return ScalarParser.Result.ok(d);
  }

  /** Shortens long values in messages; diagnostics never quote more than 60 characters. */
  public static String clip(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
