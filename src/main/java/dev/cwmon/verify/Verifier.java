package dev.cwmon.verify;

import dev.cwmon.logstash.LogstashParseException;
import dev.cwmon.logstash.LogstashParser;
import dev.cwmon.logstash.LogstashPrinter;
import dev.cwmon.logstash.Pipeline;
import dev.cwmon.render.Output;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses every rendered file back and compares it with the tree it was rendered from. A
 * mismatch is a bug in cwmon (a template or an escaper), never the user's mistake.
 */
public final class Verifier {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper().enable(
          com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Verifier() {}

  /** The problems found; empty when every output reads back as its model. */
  public static List<String> verify(List<Output> outputs) {
    List<String> problems = new ArrayList<>();
    for (Output output : outputs) {
      String problem = switch (output.format()) {
        case YAML -> verifyYaml(output);
        case YAML_STREAM -> verifyYamlStream(output);
        case ARGS -> verifyArgs(output);
        case JSON -> verifyJson(output);
        case LOGSTASH -> verifyLogstash(output);
        default -> null;
      };
      if (problem != null) {
        problems.add(output.path() + ": " + problem);
      }
      if (output.text().indexOf('\r') >= 0) {
        problems.add(output.path() + ": carriage return in output");
      }
    }
    return problems;
  }

  private static String verifyYaml(Output output) {
    Object parsed;
    try {
      parsed = yaml().load(output.text());
    } catch (YAMLException e) {
      return "does not parse as YAML: " + e.getMessage().lines().findFirst().orElse("");
    }
    if (parsed == null && output.tree() instanceof Map<?, ?> map && map.isEmpty()) {
      // A file of comments only: the tools read it as an empty mapping, all defaults.
      return null;
    }
    return difference("", normalize(output.tree()), normalize(parsed));
  }

  /** A stream of documents: it reads back as the list of their trees, in order. */
  private static String verifyYamlStream(Output output) {
    List<Object> parsed = new ArrayList<>();
    try {
      yaml().loadAll(output.text()).forEach(parsed::add);
    } catch (YAMLException e) {
      return "does not parse as YAML: " + e.getMessage().lines().findFirst().orElse("");
    }
    return difference("", normalize(output.tree()), normalize(parsed));
  }

  private static Yaml yaml() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return new Yaml(new SafeConstructor(options));
  }

  private static String verifyJson(Output output) {
    Object parsed;
    try {
      parsed = JSON.readValue(output.text(), Object.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return "does not parse as JSON: " + e.getOriginalMessage();
    }
    if (!output.text().endsWith("}\n") && !output.text().endsWith("]\n")) {
      return "JSON text does not end with a newline";
    }
    return difference("", normalize(output.tree()), normalize(parsed));
  }

  private static String verifyLogstash(Output output) {
    Pipeline parsed;
    try {
      parsed = LogstashParser.parse(output.text(), output.path()).withoutComments();
    } catch (LogstashParseException e) {
      return "does not parse as a logstash pipeline: " + e.getMessage();
    }
    return parsed.equals(output.tree()) ? null
        : "the pipeline reads back differently: " + LogstashPrinter.print(parsed);
  }

  private static String verifyArgs(Output output) {
    List<String> lines = Arrays.asList(output.text().split("\n"));
    return lines.equals(output.tree()) ? null : "flags read back differently: " + lines;
  }

  /** Numbers compare by value; every other scalar by its Java value. */
  static Object normalize(Object node) {
    if (node instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (node instanceof List<?> list) {
      return list.stream().map(Verifier::normalize).toList();
    }
    if (node instanceof Integer || node instanceof Long || node instanceof java.math.BigInteger) {
      return new java.math.BigDecimal(node.toString());
    }
    if (node instanceof Double d) {
      return java.math.BigDecimal.valueOf(d).stripTrailingZeros();
    }
    return node;
  }

  static String difference(String path, Object expected, Object actual) {
    if (expected instanceof Map<?, ?> em && actual instanceof Map<?, ?> am) {
      if (!em.keySet().equals(am.keySet())) {
        return "at " + path + ": keys " + em.keySet() + " read back as " + am.keySet();
      }
      for (Object key : em.keySet()) {
        String d = difference(path + "." + key, em.get(key), am.get(key));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected instanceof List<?> el && actual instanceof List<?> al) {
      if (el.size() != al.size()) {
        return "at " + path + ": " + el.size() + " items read back as " + al.size();
      }
      for (int i = 0; i < el.size(); i++) {
        String d = difference(path + "[" + i + "]", el.get(i), al.get(i));
        if (d != null) {
          return d;
        }
      }
      return null;
    }
    if (expected instanceof java.math.BigDecimal e && actual instanceof java.math.BigDecimal a) {
      return e.compareTo(a) == 0 ? null : "at " + path + ": " + e + " read back as " + a;
    }
    return Objects.equals(expected, actual) ? null
        : "at " + path + ": " + describe(expected) + " read back as " + describe(actual);
  }

  private static String describe(Object value) {
    return value == null ? "nothing"
        : value.getClass().getSimpleName() + " " + String.valueOf(value).replace("\n", "\\n");
  }
}
