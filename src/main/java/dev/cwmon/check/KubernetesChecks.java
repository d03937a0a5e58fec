package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.model.kubernetes.AlertmanagerConfigSpec;
import dev.cwmon.model.kubernetes.KubernetesSpec;
import dev.cwmon.render.AlertmanagerConfigView;
import java.util.regex.Pattern;

/**
 * The kubernetes section: names the API server would refuse (CW182), and an alertmanager
 * section that the AlertmanagerConfig it asks for cannot hold (CW184).
 */
public final class KubernetesChecks implements Check {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");

  @Override
  public void run(Spec spec, CheckContext context) {
    KubernetesSpec k8s = spec.kubernetes();
    String ns = k8s.namespace();
    if (ns != null && (ns.length() > 63 || !DNS_LABEL.matcher(ns).matches())) {
      context.error("CW182", "kubernetes.namespace", "bad namespace \"" + ns + "\"",
          "use at most 63 lowercase letters, digits and '-', starting and ending with a "
              + "letter or digit, e.g. monitoring");
    }
    k8s.labels().forEach((key, value) -> {
      String path = "kubernetes.labels." + key;
      checkKey(key, path, context);
      if (value.length() > 63 || !value.isEmpty() && !NAME.matcher(value).matches()) {
        context.error("CW182", path, "bad label value \"" + value + "\" for " + key,
            "use at most 63 letters, digits, '-', '_' and '.', starting and ending with a "
                + "letter or digit; put free text in annotations");
      }
    });
    k8s.annotations().keySet().forEach(
        key -> checkKey(key, "kubernetes.annotations." + key, context));
    if (k8s.alertmanagerConfig() != null) {
      alertmanagerConfig(spec, k8s.alertmanagerConfig(), context);
    }
  }

  private static void alertmanagerConfig(
      Spec spec, AlertmanagerConfigSpec settings, CheckContext context) {
    String at = "kubernetes.alertmanager_config";
    checkName(settings.name(), at + ".name", context);
    if (settings.secrets() != null) {
      checkName(settings.secrets(), at + ".secrets", context);
    }
    if (spec.alertmanager() == null) {
      context.error("CW184", at, "no alertmanager section to write an AlertmanagerConfig from",
          "add an alertmanager section, or remove alertmanager_config");
      return;
    }
    for (AlertmanagerConfigView.Unsupported u
        : AlertmanagerConfigView.of(spec.alertmanager(), settings).unsupported()) {
      context.error("CW184", u.path(), u.message(), u.hint());
    }
  }

  private static void checkName(String name, String path, CheckContext context) {
    if (name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
      context.error("CW182", path, "bad name \"" + name + "\"",
          "use at most 253 lowercase letters, digits, '-' and '.', starting and ending with a "
              + "letter or digit, e.g. codeweaver");
    }
  }

  private static void checkKey(String key, String path, CheckContext context) {
    int slash = key.indexOf('/');
    String prefix = slash < 0 ? null : key.substring(0, slash);
    String name = key.substring(slash + 1);
    boolean prefixOk = prefix == null
        || prefix.length() <= 253 && DNS_SUBDOMAIN.matcher(prefix).matches();
    if (!prefixOk || name.length() > 63 || !NAME.matcher(name).matches()) {
      context.error("CW182", path, "bad key \"" + key + "\"",
          "write [prefix/]name: an optional DNS subdomain such as example.com/, then at most "
              + "63 letters, digits, '-', '_' and '.'");
    }
  }
}
