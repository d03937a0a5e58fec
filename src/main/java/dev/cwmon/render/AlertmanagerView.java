package dev.cwmon.render;

import dev.cwmon.model.alertmanager.AlertmanagerSpec;
import dev.cwmon.model.alertmanager.EmailConfig;
import dev.cwmon.model.alertmanager.Receiver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The document tree of alertmanager.yml. Every integration states {@code send_resolved}
 * (Alertmanager's default where the spec is silent), and an email subject becomes the
 * {@code Subject} header, since Alertmanager has no subject key.
 */
public final class AlertmanagerView {
  private AlertmanagerView() {}

  public static Map<String, Object> of(AlertmanagerSpec am) {
    Map<String, Object> doc = new LinkedHashMap<>();
    Tree.putIfPresent(doc, "global", Tree.of(am.global()));
    Tree.putIfPresent(doc, "templates", Tree.of(am.templates()));
    doc.put("route", Tree.of(am.route()));
    Tree.putIfPresent(doc, "inhibit_rules", Tree.of(am.inhibitRules()));
    Tree.putIfPresent(doc, "time_intervals", Tree.of(am.timeIntervals()));
    List<Object> receivers = new ArrayList<>();
    am.receivers().forEach(r -> receivers.add(receiver(r)));
    doc.put("receivers", receivers);
    return doc;
  }

  private static Map<String, Object> receiver(Receiver r) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", r.name());
    Tree.putIfPresent(out, "webhook_configs",
        configs(r.webhookConfigs(), c -> withResolved(c, c.sendResolved(), true)));
    Tree.putIfPresent(out, "slack_configs",
        configs(r.slackConfigs(), c -> withResolved(c, c.sendResolved(), false)));
    Tree.putIfPresent(out, "pagerduty_configs",
        configs(r.pagerdutyConfigs(), c -> withResolved(c, c.sendResolved(), true)));
    Tree.putIfPresent(out, "email_configs", configs(r.emailConfigs(), AlertmanagerView::email));
    return out;
  }

  private static <T> List<Object> configs(
      List<T> configs, java.util.function.Function<T, Map<String, Object>> view) {
    List<Object> out = new ArrayList<>();
    configs.forEach(c -> out.add(view.apply(c)));
    return out;
  }

  /** The config's tree with send_resolved first, as Alertmanager's own docs list it. */
  private static Map<String, Object> withResolved(
      Record config, Boolean sendResolved, boolean defaultValue) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("send_resolved", sendResolved == null ? defaultValue : sendResolved);
    Tree.map(Tree.of(config)).forEach((k, v) -> out.putIfAbsent(k, v));
    return out;
  }

  private static Map<String, Object> email(EmailConfig c) {
    Map<String, Object> out = withResolved(c, c.sendResolved(), false);
    out.remove("subject");
    if (c.subject() != null) {
      Map<String, Object> headers = new LinkedHashMap<>();
      headers.put("Subject", c.subject());
      c.headers().forEach(headers::putIfAbsent);
      out.put("headers", headers);
    }
    return out;
  }

}
