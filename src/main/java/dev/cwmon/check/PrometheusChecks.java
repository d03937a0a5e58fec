package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.model.prometheus.Authorization;
import dev.cwmon.model.prometheus.BasicAuth;
import dev.cwmon.model.prometheus.PrometheusSpec;
import dev.cwmon.model.prometheus.RelabelConfig;
import dev.cwmon.model.prometheus.RelabelConfig.RelabelAction;
import dev.cwmon.model.prometheus.ScrapeConfig;
import dev.cwmon.model.prometheus.Server;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Checks of prometheus.yml and the server flags that promtool misses or reports one by one. */
public final class PrometheusChecks implements Check {
  /** Prometheus's default scrape_interval. */
  private static final dev.cwmon.model.PromDuration DEFAULT_INTERVAL =
      dev.cwmon.model.PromDuration.parseOrNull("1m");
  /** Prometheus's file SD pattern: a .json/.yml/.yaml name, with * only in the last part. */
  private static final Pattern FILE_SD =
      Pattern.compile("^[^*]*(\\*[^/]*)?\\.(json|yml|yaml|JSON|YML|YAML)$");
  private static final Pattern SIZE = Pattern.compile("[0-9]+(B|KB|MB|GB|TB|PB|EB)");
  private static final Pattern TARGET = Pattern.compile("[^\\s/]+(:[0-9]{1,5})?");

  /** Prometheus's test of a target_label or labelmap replacement with $ groups. */
  private static final Pattern RELABEL_TARGET =
      Pattern.compile("(?:(?:[a-zA-Z_]|\\$(?:\\{\\w+\\}|\\w+))+\\w*)+");

  @Override
  public void run(Spec spec, CheckContext ctx) {
    PrometheusSpec p = spec.prometheus();
    if (p == null) {
      return;
    }
    global(p.global(), ctx);
    Map<String, Integer> jobs = new HashMap<>();
    for (int i = 0; i < p.scrapeConfigs().size(); i++) {
      ScrapeConfig job = p.scrapeConfigs().get(i);
      String path = "prometheus.scrape_configs[" + i + "]";
      Integer first = jobs.putIfAbsent(job.jobName(), i);
      if (job.jobName().isEmpty()) {
        ctx.error("CW120", path + ".job_name", "job_name is empty",
            "name the job; it becomes the job label of every series it scrapes");
      } else if (first != null) {
        ctx.error("CW120", path + ".job_name", "duplicate job_name \"" + job.jobName() + "\"",
            "job names must be unique; the first is scrape_configs[" + first + "]");
      }
      checkJob(job, path, p, ctx);
      fileSecrets(job.basicAuth(), job.authorization(), path, ctx);
    }
    if (p.alerting() != null) {
      for (int i = 0; i < p.alerting().alertmanagers().size(); i++) {
        var am = p.alerting().alertmanagers().get(i);
        fileSecrets(am.basicAuth(), am.authorization(),
            "prometheus.alerting.alertmanagers[" + i + "]", ctx);
      }
    }
    if (p.alerting() != null) {
      relabels(p.alerting().alertRelabelConfigs(), "prometheus.alerting.alert_relabel_configs",
          true, ctx);
    }
    if (p.server() != null) {
      checkServer(p.server(), ctx);
    }
  }

  /** What promtool refuses in global: a timeout longer than the interval, bad label names. */
  private static void global(dev.cwmon.model.prometheus.Global g, CheckContext ctx) {
    if (g == null) {
      return;
    }
    var interval = g.scrapeInterval() != null ? g.scrapeInterval() : DEFAULT_INTERVAL;
    if (g.scrapeTimeout() != null && g.scrapeTimeout().compareTo(interval) > 0) {
      ctx.error("CW121", "prometheus.global.scrape_timeout", "global scrape_timeout "
          + g.scrapeTimeout() + " is longer than scrape_interval " + interval,
          "Prometheus refuses this; make scrape_timeout at most " + interval);
    }
    labelNames(g.externalLabels(), "prometheus.global.external_labels", ctx);
  }

  private static void labelNames(Map<String, String> labels, String path, CheckContext ctx) {
    for (String name : labels.keySet()) {
      if (!LabelNames.isLabel(name)) {
        ctx.errorAtKey("CW126", path + "." + name, "bad label name \"" + name + "\"",
            "label names are letters, digits and _, not starting with a digit");
      }
    }
  }

  private void checkJob(ScrapeConfig job, String path, PrometheusSpec p, CheckContext ctx) {
    var interval = job.scrapeInterval() != null ? job.scrapeInterval()
        : p.global() != null ? p.global().scrapeInterval() : null;
    if (job.scrapeTimeout() != null && interval != null
        && job.scrapeTimeout().compareTo(interval) > 0) {
      ctx.error("CW121", path + ".scrape_timeout", "scrape_timeout " + job.scrapeTimeout()
          + " is longer than scrape_interval " + interval,
          "Prometheus refuses this; make scrape_timeout at most " + interval);
    }
    for (String limit : List.of("sample_limit", "label_limit", "target_limit")) {
      Integer value = switch (limit) {
        case "sample_limit" -> job.sampleLimit();
        case "label_limit" -> job.labelLimit();
        default -> job.targetLimit();
      };
      if (value != null && value < 0) {
        ctx.error("CW126", path + "." + limit, limit + " must not be negative",
            "write 0 for no limit");
      }
    }
    for (int f = 0; f < job.fileSdConfigs().size(); f++) {
      List<String> files = job.fileSdConfigs().get(f).files();
      for (int i = 0; i < files.size(); i++) {
        if (!FILE_SD.matcher(files.get(i)).matches()) {
          ctx.error("CW125", path + ".file_sd_configs[" + f + "].files[" + i + "]",
              "\"" + files.get(i) + "\" is not a file discovery path",
              "name .json, .yml or .yaml files; * may appear only in the last part");
        }
      }
    }
    for (int s = 0; s < job.staticConfigs().size(); s++) {
      labelNames(job.staticConfigs().get(s).labels(),
          path + ".static_configs[" + s + "].labels", ctx);
      List<String> targets = job.staticConfigs().get(s).targets();
      for (int t = 0; t < targets.size(); t++) {
        if (!TARGET.matcher(targets.get(t)).matches()) {
          ctx.error("CW125", path + ".static_configs[" + s + "].targets[" + t + "]",
              "bad target \"" + targets.get(t) + "\"",
              "write host:port without a scheme or path; set scheme and metrics_path instead");
        }
      }
    }
    if (job.metricsPath() != null && !job.metricsPath().startsWith("/")) {
      ctx.warning("CW126", path + ".metrics_path", "metrics_path does not start with /;"
          + " Prometheus adds it when it builds the URL", "write /" + job.metricsPath());
    }
    if (job.scheme() != null && !job.scheme().matches("https?")) {
      ctx.error("CW126", path + ".scheme", "scheme must be http or https, not \""
          + job.scheme() + "\"", "write scheme: http or scheme: https");
    }
    // Discovery cwmon does not model (a plain file's ec2_sd_configs, say) sets __meta_ labels
    // cwmon cannot list; only a job with static targets alone certainly has none.
    boolean unmodelled = ctx.diagnostics().any(d -> d.code().equals("CW109")
        && d.path().startsWith(path + ".") && d.path().endsWith("_sd_configs"));
    boolean discovery = !job.kubernetesSdConfigs().isEmpty() || !job.fileSdConfigs().isEmpty()
        || unmodelled;
    relabels(job.relabelConfigs(), path + ".relabel_configs", discovery, ctx);
    relabels(job.metricRelabelConfigs(), path + ".metric_relabel_configs", true, ctx);
  }

  private void relabels(
      List<RelabelConfig> configs, String path, boolean metaAvailable, CheckContext ctx) {
    for (int i = 0; i < configs.size(); i++) {
      RelabelConfig r = configs.get(i);
      String at = path + "[" + i + "]";
      RelabelAction action = r.effectiveAction();
      if (r.regex() != null) {
        String problem = dev.cwmon.promql.PromQL.regexProblem(r.regex());
        if (problem != null) {
          ctx.error("CW122", at + ".regex", "bad regex \"" + r.regex() + "\": " + problem,
              "Prometheus uses Go's RE2 syntax: no lookaround, backreferences or possessive "
                  + "quantifiers");
        }
      }
      boolean needsTarget = switch (action) {
        case REPLACE, HASHMOD, LOWERCASE, UPPERCASE, KEEPEQUAL, DROPEQUAL -> true;
        default -> false;
      };
      if (needsTarget && r.targetLabel() == null) {
        ctx.error("CW122", at, "relabel action " + name(action) + " needs target_label",
            "add target_label: the label to write");
      }
      if (action == RelabelAction.HASHMOD && r.modulus() == null) {
        ctx.error("CW122", at, "relabel action hashmod needs modulus",
            "add modulus: the number of shards");
      }
      if ((action == RelabelAction.KEEP || action == RelabelAction.DROP
          || action == RelabelAction.HASHMOD) && r.sourceLabels().isEmpty()) {
        ctx.error("CW122", at, "relabel action " + name(action) + " needs source_labels",
            "add source_labels: the labels whose values are matched");
      }
      if (r.targetLabel() != null && !r.targetLabel().contains("$")
          && !LabelNames.isLabel(r.targetLabel())) {
        ctx.error("CW122", at + ".target_label", "bad label name \"" + r.targetLabel() + "\"",
            "label names are letters, digits and _, not starting with a digit");
      } else if (r.targetLabel() != null && !RELABEL_TARGET.matcher(r.targetLabel()).matches()) {
        ctx.error("CW122", at + ".target_label", "\"" + r.targetLabel() + "\" is not a label"
            + " name once $1 or ${name} is filled in", "use letters, digits, _ and $ groups");
      }
      if (action == RelabelAction.LABELMAP && r.replacement() != null
          && !RELABEL_TARGET.matcher(r.replacement()).matches()) {
        ctx.error("CW122", at + ".replacement", "\"" + r.replacement() + "\" is not a label"
            + " name once $1 or ${name} is filled in, as labelmap needs",
            "use letters, digits, _ and $ groups, e.g. k8s_$1");
      }
      for (int s = 0; s < r.sourceLabels().size(); s++) {
        String source = r.sourceLabels().get(s);
        if (!LabelNames.isLabel(source)) {
          ctx.error("CW122", at + ".source_labels[" + s + "]",
              "bad label name \"" + source + "\"", "label names are letters, digits and _");
        } else if (!metaAvailable && source.startsWith("__meta_")) {
          ctx.warning("CW123", at + ".source_labels[" + s + "]",
              "source label " + source + " is never set: this job has no service discovery "
                  + "that provides __meta_ labels",
              "remove this relabel step, or add the discovery (e.g. kubernetes_sd_configs)");
        }
      }
    }
  }

  /** Prometheus reads secrets from files; it does not expand environment variables. */
  private void fileSecrets(BasicAuth basic, Authorization auth, String path, CheckContext ctx) {
    if (basic != null && basic.password() != null && !basic.password().isFile()) {
      envSecret(path + ".basic_auth.password", ctx);
    }
    if (auth != null && auth.credentials() != null && !auth.credentials().isFile()) {
      envSecret(path + ".authorization.credentials", ctx);
    }
  }

  private static void envSecret(String path, CheckContext ctx) {
    ctx.error("CW112", path, "Prometheus cannot read secrets from environment variables",
        "write {file: /etc/prometheus/secrets/name}; Prometheus reads the *_file field");
  }

  private static String name(RelabelAction action) {
    return action.name().toLowerCase(java.util.Locale.ROOT);
  }

  private void checkServer(Server s, CheckContext ctx) {
    if (s.retentionSize() != null && !SIZE.matcher(s.retentionSize()).matches()) {
      ctx.error("CW124", "prometheus.server.retention_size",
          "bad retention size \"" + s.retentionSize() + "\"",
          "write a whole number and a unit: B, KB, MB, GB, TB, PB or EB, e.g. 100GB");
    }
    for (String[] field : new String[][] {
        {"config_file", s.configFile()}, {"storage_path", s.storagePath()},
        {"web_listen_address", s.webListenAddress()}}) {
      if (field[1] != null && (field[1].isEmpty() || !field[1].matches("\\S+"))) {
        ctx.error("CW124", "prometheus.server." + field[0],
            field[0] + " must be one word without spaces",
            "server settings become command-line flags; write a path or address without spaces");
      }
    }
  }
}
