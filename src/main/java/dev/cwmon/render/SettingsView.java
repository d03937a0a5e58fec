package dev.cwmon.render;

import dev.cwmon.bind.Names;
import dev.cwmon.model.SecretRef;
import dev.cwmon.model.logging.ElasticsearchSettings;
import dev.cwmon.model.logging.KibanaSettings;
import dev.cwmon.model.logging.SettingValue;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The flat dotted settings of elasticsearch.yml and kibana.yml, in spec order, grouped into
 * titled sections for the template. Secrets become {@code ${NAME}}, which both tools expand.
 */
public final class SettingsView {
  /** One titled group of settings. */
  public record Group(String title, Map<String, Object> settings) {}

  private SettingsView() {}

  public static List<Group> elasticsearch(ElasticsearchSettings es) {
    return groups(es, es.otherSettings(), key -> key.startsWith("xpack.") ? "Security"
        : key.startsWith("discovery.") || key.equals("cluster.initial_master_nodes")
            ? "Discovery"
        : key.startsWith("network.") || key.startsWith("http.") || key.startsWith("transport.")
            ? "Network"
        : key.startsWith("indices.") ? "Indexing"
        : key.startsWith("thread_pool.") ? "Thread pools"
        : "Cluster and node");
  }

  public static List<Group> kibana(KibanaSettings kibana) {
    return groups(kibana, kibana.otherSettings(), key -> key.startsWith("server.") ? "Server"
        : key.startsWith("elasticsearch.") ? "Elasticsearch"
        : key.startsWith("xpack.") ? "Security"
        : key.startsWith("monitoring.") ? "Monitoring"
        : "Other settings");
  }

  /** All settings of the groups in one map, as the file reads back. */
  public static Map<String, Object> flat(List<Group> groups) {
    Map<String, Object> out = new LinkedHashMap<>();
    groups.forEach(g -> out.putAll(g.settings()));
    return out;
  }

  private static List<Group> groups(Record settings, Map<String, SettingValue> other,
      Function<String, String> titleOf) {
    Map<String, Map<String, Object>> byTitle = new LinkedHashMap<>();
    for (RecordComponent component : settings.getClass().getRecordComponents()) {
      String key = Names.keyOf(component);
      Object value = read(component, settings);
      if (key.equals("other_settings")) {
        continue;
      }
      Object tree = value instanceof SecretRef secret
          ? LogstashView.envReference(secret.env()) : Tree.of(value);
      if (tree != null && !(tree instanceof List<?> list && list.isEmpty())) {
        byTitle.computeIfAbsent(titleOf.apply(key), t -> new LinkedHashMap<>()).put(key, tree);
      }
    }
    Map<String, Object> rest = new LinkedHashMap<>();
    other.forEach((key, value) -> rest.put(key, tree(value)));
    if (!rest.isEmpty()) {
      byTitle.put("Other settings", rest);
    }
    return byTitle.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
  }

  /** The YAML tree of a free-form setting value. */
  static Object tree(SettingValue value) {
    if (value instanceof SettingValue.Text text) {
      return text.value();
    }
    if (value instanceof SettingValue.Number number) {
      BigDecimal n = new BigDecimal(number.literal());
      return number.literal().contains(".") ? (Object) n.doubleValue() : (Object) n.longValue();
    }
    if (value instanceof SettingValue.Flag flag) {
      return flag.value();
    }
    if (value instanceof SettingValue.ListValue list) {
      return list.items().stream().map(SettingsView::tree).toList();
    }
    if (value instanceof SettingValue.HashValue hash) {
      Map<String, Object> out = new LinkedHashMap<>();
      hash.entries().forEach((k, v) -> out.put(k, tree(v)));
      return out;
    }
    if (value instanceof SettingValue.Field field) {
      return field.ref().print();
    }
    return LogstashView.envReference(((SettingValue.Secret) value).ref().env());
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + component.getName(), e);
    }
  }
}
