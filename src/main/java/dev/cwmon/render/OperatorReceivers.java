package dev.cwmon.render;

import dev.cwmon.model.SecretRef;
import dev.cwmon.model.alertmanager.AmGlobal;
import dev.cwmon.model.alertmanager.EmailConfig;
import dev.cwmon.model.alertmanager.PagerdutyConfig;
import dev.cwmon.model.alertmanager.Receiver;
import dev.cwmon.model.alertmanager.SlackConfig;
import dev.cwmon.model.alertmanager.WebhookConfig;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Receivers in the AlertmanagerConfig's form. A secret read from a file, {@code {file: P}},
 * becomes the key named after P's file name in the Secret named by the kubernetes section's
 * {@code alertmanager_config.secrets};
 * the global SMTP, Slack and PagerDuty settings are copied into each receiver that does not
 * set its own, as the resource has no global section. Every integration states
 * {@code sendResolved}, as alertmanager.yml does.
 */
final class OperatorReceivers {
  private static final Pattern SECRET_KEY = Pattern.compile("[-._a-zA-Z0-9]+");

  private final AmGlobal global;
  private final String secret;
  private final AlertmanagerConfigView.Problems problems;
  private final Map<String, String> fileOfKey = new HashMap<>();
  private final Set<String> withoutSecret = new LinkedHashSet<>();

  OperatorReceivers(AmGlobal global, String secret, AlertmanagerConfigView.Problems problems) {
    this.global = global;
    this.secret = secret;
    this.problems = problems;
  }

  Object receiver(Receiver receiver, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", receiver.name());
    Tree.putIfPresent(out, "webhookConfigs", AlertmanagerConfigView.indexed(
        receiver.webhookConfigs(), path + ".webhook_configs", this::webhook));
    Tree.putIfPresent(out, "slackConfigs", AlertmanagerConfigView.indexed(
        receiver.slackConfigs(), path + ".slack_configs", this::slack));
    Tree.putIfPresent(out, "pagerdutyConfigs", AlertmanagerConfigView.indexed(
        receiver.pagerdutyConfigs(), path + ".pagerduty_configs", this::pagerduty));
    Tree.putIfPresent(out, "emailConfigs", AlertmanagerConfigView.indexed(
        receiver.emailConfigs(), path + ".email_configs", this::email));
    return out;
  }

  /** Reports, once, secrets read from files while the kubernetes section names no Secret. */
  void reportMissingSecret() {
    if (!withoutSecret.isEmpty()) {
      problems.add("kubernetes.alertmanager_config", withoutSecret.size()
          + " secret(s) are read from files, e.g. " + withoutSecret.iterator().next()
          + ", but alertmanager_config names no Secret to hold them",
          "add secrets: NAME, the name of a Secret with one key per file, named after the file");
    }
  }

  private Object webhook(WebhookConfig c, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sendResolved", c.sendResolved() == null || c.sendResolved());
    Tree.putIfPresent(out, "url", c.url());
    if (c.urlFile() != null) {
      out.put("urlSecret", selector(c.urlFile(), path + ".url_file"));
    }
    Tree.putIfPresent(out, "maxAlerts", c.maxAlerts() == null ? null : (long) c.maxAlerts());
    return out;
  }

  private Object slack(SlackConfig c, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sendResolved", Boolean.TRUE.equals(c.sendResolved()));
    if (c.apiUrl() != null) {
      Tree.putIfPresent(out, "apiURL", selector(c.apiUrl(), path + ".api_url"));
    } else {
      Tree.putIfPresent(out, "apiURL", selector(global(AmGlobal::slackApiUrl),
          "alertmanager.global.slack_api_url"));
    }
    text(out, "channel", c.channel(), path + ".channel");
    text(out, "username", c.username(), path + ".username");
    text(out, "color", c.color(), path + ".color");
    text(out, "title", c.title(), path + ".title");
    Tree.putIfPresent(out, "titleLink", c.titleLink());
    text(out, "pretext", c.pretext(), path + ".pretext");
    text(out, "text", c.text(), path + ".text");
    text(out, "footer", c.footer(), path + ".footer");
    text(out, "fallback", c.fallback(), path + ".fallback");
    text(out, "iconEmoji", c.iconEmoji(), path + ".icon_emoji");
    Tree.putIfPresent(out, "iconURL", c.iconUrl());
    Tree.putIfPresent(out, "linkNames", c.linkNames());
    Tree.putIfPresent(out, "shortFields", c.shortFields());
    return out;
  }

  private Object pagerduty(PagerdutyConfig c, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sendResolved", c.sendResolved() == null || c.sendResolved());
    Tree.putIfPresent(out, "routingKey", selector(c.routingKey(), path + ".routing_key"));
    Tree.putIfPresent(out, "serviceKey", selector(c.serviceKey(), path + ".service_key"));
    Tree.putIfPresent(out, "url", c.url() != null ? c.url() : global(AmGlobal::pagerdutyUrl));
    text(out, "client", c.client(), path + ".client");
    Tree.putIfPresent(out, "clientURL", c.clientUrl());
    text(out, "description", c.description(), path + ".description");
    text(out, "severity", c.severity(), path + ".severity");
    text(out, "class", c.className(), path + ".class");
    text(out, "component", c.component(), path + ".component");
    text(out, "group", c.group(), path + ".group");
    Tree.putIfPresent(out, "details", keyValues(c.details()));
    return out;
  }

  private Object email(EmailConfig c, String path) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sendResolved", Boolean.TRUE.equals(c.sendResolved()));
    text(out, "to", c.to(), path + ".to");
    orGlobal(out, "from", c.from(), path + ".from", AmGlobal::smtpFrom, "smtp_from");
    orGlobal(out, "smarthost", c.smarthost(), path + ".smarthost", AmGlobal::smtpSmarthost,
        "smtp_smarthost");
    orGlobal(out, "hello", c.hello(), path + ".hello", AmGlobal::smtpHello, "smtp_hello");
    orGlobal(out, "authUsername", c.authUsername(), path + ".auth_username",
        AmGlobal::smtpAuthUsername, "smtp_auth_username");
    if (c.authPassword() != null) {
      Tree.putIfPresent(out, "authPassword", selector(c.authPassword(), path + ".auth_password"));
    } else {
      Tree.putIfPresent(out, "authPassword", selector(global(AmGlobal::smtpAuthPassword),
          "alertmanager.global.smtp_auth_password"));
    }
    Tree.putIfPresent(out, "authSecret", selector(global(AmGlobal::smtpAuthSecret),
        "alertmanager.global.smtp_auth_secret"));
    orGlobal(out, "authIdentity", null, null, AmGlobal::smtpAuthIdentity, "smtp_auth_identity");
    Map<String, String> headers = new LinkedHashMap<>();
    if (c.subject() != null) {
      headers.put("Subject", c.subject());
    }
    c.headers().forEach(headers::putIfAbsent);
    Tree.putIfPresent(out, "headers", keyValues(headers));
    Tree.putIfPresent(out, "html", c.html());
    text(out, "text", c.text(), path + ".text");
    Tree.putIfPresent(out, "requireTLS",
        c.requireTls() != null ? c.requireTls() : global(AmGlobal::smtpRequireTls));
    return out;
  }

  private <T> T global(Function<AmGlobal, T> setting) {
    return global == null ? null : setting.apply(global);
  }

  /** The receiver's own text, else the global setting {@code globalKey}. */
  private void orGlobal(Map<String, Object> out, String key, String own, String path,
      Function<AmGlobal, String> setting, String globalKey) {
    if (own != null) {
      text(out, key, own, path);
    } else {
      text(out, key, global(setting), "alertmanager.global." + globalKey);
    }
  }

  /** A text the CRD requires to be non-empty where it is given (minLength: 1). */
  private void text(Map<String, Object> out, String key, String value, String path) {
    if (value == null) {
      return;
    }
    if (value.isEmpty()) {
      problems.add(path, "empty " + path.substring(path.lastIndexOf('.') + 1) + ": the "
          + "AlertmanagerConfig resource requires at least one character",
          "remove the key to use Alertmanager's default, or write a value");
    }
    out.put(key, value);
  }

  private static List<Object> keyValues(Map<String, String> map) {
    List<Object> out = new ArrayList<>();
    map.forEach((k, v) -> {
      Map<String, Object> pair = new LinkedHashMap<>();
      pair.put("key", k);
      pair.put("value", v);
      out.add(pair);
    });
    return out;
  }

  /** Environment references are refused for Alertmanager (CW112) and left out here. */
  private Map<String, Object> selector(SecretRef ref, String path) {
    return ref == null || !ref.isFile() ? null : selector(ref.file(), path);
  }

  /** The SecretKeySelector of a file: the kubernetes section's Secret, the file's name. */
  private Map<String, Object> selector(String file, String path) {
    String key = file.substring(file.lastIndexOf('/') + 1);
    if (secret == null) {
      withoutSecret.add(path);
    } else if (!SECRET_KEY.matcher(key).matches() || key.equals(".") || key.equals("..")) {
      problems.add(path, "file name \"" + key + "\" of " + file + " cannot be a key of Secret "
          + secret, "rename the file to letters, digits, '-', '_' and '.'");
    } else {
      String other = fileOfKey.putIfAbsent(key, file);
      if (other != null && !other.equals(file)) {
        problems.add(path, "secret files " + other + " and " + file + " would both be key \""
            + key + "\" of Secret " + secret, "give the two files different names");
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", secret == null ? "" : secret);
    out.put("key", key);
    return out;
  }
}
