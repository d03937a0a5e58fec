package dev.cwmon.hardening;

import static dev.cwmon.hardening.Generated.at;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cwmon.bind.ScalarParser;
import dev.cwmon.bind.SpecScalars;
import dev.cwmon.model.alertmanager.Matcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random valid specs with adversarial strings in every value of prometheus.yml, the rule files
 * and alertmanager.yml: each file, and its Kubernetes manifest, reads back as the values that
 * went into the spec, matchers through Alertmanager's own matcher syntax.
 */
class StackRoundTripProperties {
  private static final Matcher.Op[] OPS = Matcher.Op.values();

  @Provide
  Arbitrary<List<String>> values() {
    return Nasty.strings().list().ofSize(10);
  }

  @Provide
  Arbitrary<List<String>> names() {
    return Nasty.distinct(1, 3);
  }

  @Provide
  Arbitrary<List<Integer>> choices() {
    return Arbitraries.integers().between(0, 99).list().ofSize(6);
  }

  @Property(tries = 40)
  void prometheusAndRulesReadBackAsTheSpec(@ForAll("names") List<String> jobs,
      @ForAll("names") List<String> groups, @ForAll("values") List<String> v) {
    Map<String, Object> external = new LinkedHashMap<>();
    external.put("env", v.get(0));
    external.put("region", v.get(1));
    List<Object> scrapes = new ArrayList<>();
    for (int i = 0; i < jobs.size(); i++) {
      scrapes.add(Map.of("job_name", jobs.get(i),
          "static_configs", List.of(Map.of("targets", List.of("app:9090"),
              "labels", Map.of("s", v.get(2 + i)))),
          "relabel_configs", List.of(Map.of("target_label", "x", "replacement", v.get(5)))));
    }
    Map<String, String> labels = Map.of("l", Nasty.noTemplate(v.get(6)),
        "m", Nasty.noTemplate(v.get(7)));
    Map<String, String> annotations = new LinkedHashMap<>();
    annotations.put("summary", Nasty.noTemplate(v.get(8)));
    annotations.put("description", "{{ " + Nasty.goQuoted(v.get(9)) + " }} {{ $value }}");
    List<Object> groupSpecs = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Map<String, Object> alert = new LinkedHashMap<>();
      alert.put("alert", v.get(i + 3));
      alert.put("expr", "vector(1) > 0");
      alert.put("labels", labels);
      alert.put("annotations", annotations);
      groupSpecs.add(Map.of("name", groups.get(i), "rules", List.of(alert,
          Map.of("record", "job:x" + i + ":sum", "expr", "vector(1)", "labels", labels))));
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "props");
    spec.put("prometheus", Map.of("global", Map.of("external_labels", external),
        "scrape_configs", scrapes));
    spec.put("rules", List.of(Map.of("file", "r.yml", "groups", groupSpecs)));

    Generated out = Generated.run(spec);

    List<String> refusals = new ArrayList<>();
    if (groups.stream().anyMatch(String::isBlank)) {
      refusals.add("CW131");
    }
    if (v.subList(3, 3 + groups.size()).stream().anyMatch(String::isBlank)) {
      refusals.add("CW133");
    }
    if (!refusals.isEmpty()) {
      assertThat(out.codes()).as("groups and alerts need names").isEqualTo(refusals);
      return;
    }
    assertThat(out.errorLines()).as("valid spec refused").isEmpty();
    Map<String, Object> prom = out.yaml("prometheus.yml");
    assertThat(at(prom, "global", "external_labels")).isEqualTo(external);
    for (int i = 0; i < jobs.size(); i++) {
      Object job = at(prom, "scrape_configs", i);
      assertThat(at(job, "job_name")).isEqualTo(jobs.get(i));
      assertThat(at(job, "static_configs", 0, "labels", "s")).isEqualTo(v.get(2 + i));
      assertThat(at(job, "relabel_configs", 0, "replacement")).isEqualTo(v.get(5));
    }
    Map<String, Object> rules = out.yaml("r.yml");
    for (int i = 0; i < groups.size(); i++) {
      Object group = at(rules, "groups", i);
      assertThat(at(group, "name")).isEqualTo(groups.get(i));
      assertThat(at(group, "rules", 0, "alert")).isEqualTo(v.get(i + 3));
      assertThat(at(group, "rules", 0, "labels")).isEqualTo(labels);
      assertThat(at(group, "rules", 0, "annotations")).isEqualTo(annotations);
      assertThat(at(group, "rules", 1, "record")).isEqualTo("job:x" + i + ":sum");
      assertThat(at(group, "rules", 1, "labels")).isEqualTo(labels);
    }
    Map<String, Object> rule = out.kubernetesObject("prometheusrules.yaml", "r");
    assertThat(at(rule, "spec", "groups")).isEqualTo(rules.get("groups"));
  }

  @Property(tries = 40)
  void alertmanagerReadsBackAsTheSpec(@ForAll("names") List<String> receivers,
      @ForAll("values") List<String> v, @ForAll("choices") List<Integer> c) {
    List<Object> routes = new ArrayList<>();
    List<List<Matcher>> wanted = new ArrayList<>();
    for (int i = 0; i < receivers.size(); i++) {
      List<Matcher> matchers = new ArrayList<>();
      for (int j = 0; j < 1 + c.get(i) % 2; j++) {
        Matcher.Op op = OPS[c.get(i + j) % OPS.length];
        String value = v.get(i + 2 * j);
        matchers.add(new Matcher("l" + j, op, op.isRegex() ? Nasty.quoteMeta(value) : value));
      }
      wanted.add(matchers);
      List<String> written = matchers.stream()
          .map(m -> m.name() + " " + m.op().text() + " " + Nasty.goQuoted(m.value())).toList();
      Object matcherSpec = c.get(5) % 2 == 0 ? written
          : List.of("{" + String.join(", ", written) + "}");
      routes.add(Map.of("receiver", receivers.get(i), "matchers", matcherSpec));
    }
    Map<String, String> headers = Map.of("X-Note", Nasty.noTemplate(v.get(8)));
    List<Object> receiverSpecs = new ArrayList<>();
    for (String name : receivers) {
      receiverSpecs.add(Map.of("name", name, "email_configs", List.of(Map.of(
          "to", "x@example.com", "from", "y@example.com", "smarthost", "mail:25",
          "headers", headers))));
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("name", "props");
    spec.put("alertmanager", Map.of("route",
        Map.of("receiver", receivers.get(0), "routes", routes), "receivers", receiverSpecs));

    Generated out = Generated.run(spec);

    assertThat(out.errorLines()).as("valid spec refused").isEmpty();
    Map<String, Object> am = out.yaml("alertmanager.yml");
    assertThat(at(am, "route", "receiver")).isEqualTo(receivers.get(0));
    for (int i = 0; i < receivers.size(); i++) {
      Object route = at(am, "route", "routes", i);
      assertThat(at(route, "receiver")).isEqualTo(receivers.get(i));
      List<Matcher> read = new ArrayList<>();
      for (Object item : (List<?>) at(route, "matchers")) {
        ScalarParser.Result<List<Matcher>> parsed = SpecScalars.parseMatchers((String) item);
        assertThat(parsed.ok()).as("%s: %s", item, parsed.error()).isTrue();
        read.addAll(parsed.value());
      }
      assertThat(read).isEqualTo(wanted.get(i));
      assertThat(at(am, "receivers", i, "name")).isEqualTo(receivers.get(i));
      assertThat(at(am, "receivers", i, "email_configs", 0, "headers")).isEqualTo(headers);
    }
    Map<String, Object> secret = out.kubernetesObject("secrets.yaml", "alertmanager-props");
    assertThat(at(secret, "stringData", "alertmanager.yaml"))
        .isEqualTo(out.text("alertmanager.yml"));
  }
}
