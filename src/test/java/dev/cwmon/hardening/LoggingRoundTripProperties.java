package dev.cwmon.hardening;

import static dev.cwmon.hardening.Generated.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.logstash.Arr;
import dev.cwmon.logstash.Compare;
import dev.cwmon.logstash.Hash;
import dev.cwmon.logstash.If;
import dev.cwmon.logstash.In;
import dev.cwmon.logstash.LogstashParser;
import dev.cwmon.logstash.Pipeline;
import dev.cwmon.logstash.Plugin;
import dev.cwmon.logstash.Str;
import dev.cwmon.logstash.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random valid logging specs with adversarial strings in plugin settings, hash keys, array
 * items, comments, condition literals and Elasticsearch and Kibana settings: logstash.conf,
 * read back with cwmon's Logstash parser, and the settings files, read back with SnakeYAML,
 * hold exactly the values of the spec, and so does the ConfigMap of --format kubernetes.
 * A string Logstash cannot hold (both quotes, or a trailing backslash) is refused with CW162.
 */
class LoggingRoundTripProperties {
  @Provide
  Arbitrary<List<String>> values() {
    return Nasty.strings().list().ofSize(14);
  }

  @Property(tries = 40)
  void loggingFilesReadBackAsTheSpec(@ForAll("values") List<String> v) {
    Map<String, Object> addField = new LinkedHashMap<>();
    addField.put("k", v.get(0));
    addField.put(v.get(1), "v");
    Map<String, Object> mutate = new LinkedHashMap<>();
    mutate.put("add_field", addField);
    mutate.put("add_tag", List.of(v.get(2), v.get(3)));
    Map<String, Object> conditional = new LinkedHashMap<>();
    String equals = literal(v.get(4));
    String member = literal(v.get(9));
    conditional.put("if", equals == null ? "[level] == \"x\"" : "[level] == " + equals);
    conditional.put("then", List.of(Map.of("mutate", Map.of("replace",
        Map.of("message", v.get(5))))));
    if (member != null) {
      conditional.put("else_if", List.of(Map.of("if", member + " in [tags]",
          "then", List.of("drop"))));
    }
    Map<String, Object> pipeline = new LinkedHashMap<>();
    pipeline.put("input", List.of(Map.of("beats", Map.of("port", 5044))));
    pipeline.put("filter", List.of(Map.of("comment", v.get(7), "mutate", mutate), conditional));
    pipeline.put("output", List.of(Map.of("elasticsearch", Map.of(
        "hosts", List.of("http://es:9200"), "index", v.get(6)))));
    Map<String, Object> elasticsearch = new LinkedHashMap<>();
    elasticsearch.put("cluster.name", v.get(8));
    elasticsearch.put("node.name", v.get(10));
    elasticsearch.put("other_settings",
        Map.of("custom.value", v.get(11), "custom.list", List.of(v.get(11), v.get(12))));
    Map<String, Object> kibana = new LinkedHashMap<>();
    kibana.put("server.name", v.get(12));
    kibana.put("other_settings", Map.of("custom.value", v.get(13)));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "props");
    spec.put("logging", Map.of("pipelines", Map.of("main", pipeline),
        "elasticsearch", elasticsearch, "kibana", kibana));

    Generated out = Generated.run(spec);

    boolean unfit = List.of(0, 1, 2, 3, 5, 6).stream().anyMatch(i -> literal(v.get(i)) == null);
    Statistics.label("refused as unfit for logstash").collect(unfit);
    if (unfit) {
      assertThat(out.codes()).as("logstash cannot hold it").containsExactly("CW162");
      return;
    }
    assertThat(out.errorLines()).as("valid spec refused").isEmpty();
    Pipeline conf = LogstashParser.parse(out.text("logstash.conf"), "logstash.conf");
    Plugin readMutate = (Plugin) conf.sections().get(1).body().statements().get(0);
    Hash readFields = (Hash) readMutate.attributes().get(0).value();
    assertThat(strings(readFields.entries().stream().map(Hash.Entry::value).toList()))
        .containsExactly(v.get(0), "v");
    assertThat(strings(readFields.entries().stream().map(Hash.Entry::key).toList()))
        .containsExactly("k", v.get(1));
    assertThat(strings(((Arr) readMutate.attributes().get(1).value()).items()))
        .containsExactly(v.get(2), v.get(3));
    assertThat(readMutate.comments().stream().map(c -> c.startsWith(" ") ? c.substring(1) : c)
        .collect(Collectors.joining("\n"))).isEqualTo(v.get(7).strip());
    If readIf = (If) conf.sections().get(1).body().statements().get(1);
    Compare compare = (Compare) readIf.branches().get(0).condition();
    assertThat(((Str) compare.right()).value()).isEqualTo(equals == null ? "x" : v.get(4));
    Plugin replace = (Plugin) readIf.branches().get(0).body().statements().get(0);
    assertThat(strings(((Hash) replace.attributes().get(0).value()).entries().stream()
        .map(Hash.Entry::value).toList())).containsExactly(v.get(5));
    if (member != null) {
      In in = (In) readIf.branches().get(1).condition();
      assertThat(((Str) in.needle()).value()).isEqualTo(v.get(9));
    }
    Plugin output = (Plugin) conf.sections().get(2).body().statements().get(0);
    assertThat(output.attributes().stream().filter(a -> a.name().equals("index"))
        .map(a -> ((Str) a.value()).value())).containsExactly(v.get(6));

    Map<String, Object> es = out.yaml("elasticsearch.yml");
    assertThat(es.get("cluster.name")).isEqualTo(v.get(8));
    assertThat(es.get("node.name")).isEqualTo(v.get(10));
    assertThat(es.get("custom.value")).isEqualTo(v.get(11));
    assertThat(es.get("custom.list")).isEqualTo(List.of(v.get(11), v.get(12)));
    Map<String, Object> kb = out.yaml("kibana.yml");
    assertThat(kb.get("server.name")).isEqualTo(v.get(12));
    assertThat(kb.get("custom.value")).isEqualTo(v.get(13));
    Object configMap = out.kubernetesDocs("configmaps.yaml").stream()
        .filter(d -> ((Map<?, ?>) d.get("data")).containsKey("logstash.conf"))
        .findFirst().orElseThrow();
    assertThat(at(configMap, "data", "logstash.conf")).isEqualTo(out.text("logstash.conf"));
  }

  /** {@code s} as a Logstash string literal, or null when Logstash cannot hold it. */
  static String literal(String s) {
    if (s.endsWith("\\")) {
      return null;
    }
    return fits(s, '"') ? '"' + s + '"' : fits(s, '\'') ? '\'' + s + '\'' : null;
  }

  private static boolean fits(String s, char quote) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == quote && (i == 0 || s.charAt(i - 1) != '\\')) {
        return false;
      }
    }
    return true;
  }

  private static List<String> strings(List<? extends Value> values) {
    List<String> out = new ArrayList<>();
    values.forEach(value -> out.add(((Str) value).value()));
    return out;
  }
}
