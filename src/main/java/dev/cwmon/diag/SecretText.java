package dev.cwmon.diag;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises text that carries a credential (a password in a URL, a webhook token, a bearer
 * token, a known API key format) and blanks it out of any text cwmon prints. A reference such
 * as {@code ${VAR}} or a Go template {@code {{ .x }}} in the secret's place is not a secret.
 */
public final class SecretText {
  private static final String REFERENCE = "\\$\\{[^}]*}|\\{\\{.*?}}|\\$[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern ONE_REFERENCE = Pattern.compile("(?s)" + REFERENCE);
  /** Patterns whose group 1, where present, is the secret part; else the whole match is. */
  private static final List<Pattern> SECRETS = List.of(
      Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*://[^/@\\s:\"']*:([^/@\\s\"']+)@"),
      Pattern.compile("hooks\\.slack\\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/-]+"),
      Pattern.compile("discord(?:app)?\\.com/api/webhooks/[0-9]+/[A-Za-z0-9_-]+"),
      Pattern.compile(
          "(?:outlook\\.office(?:365)?\\.com|webhook\\.office\\.com)/webhook[^\\s\"']*"),
      Pattern.compile("events\\.pagerduty\\.com/(?:integration|generic)/[A-Za-z0-9]{16,}"),
      Pattern.compile("(?i)[?&](?:token|key|api[_-]?key|secret|password|passwd|access_token"
          + "|auth|sig|signature|client_secret)=([^&\\s\"'#]+)"),
      Pattern.compile("(?i)\\bbearer\\s+([A-Za-z0-9._~+/=-]{6,})"),
      Pattern.compile("(?i)\\bauthorization\\s*[:=]\\s*(?:basic|token|bot)?\\s*([^\\s\"',]{6,})"),
      Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}"),
      Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
      Pattern.compile("\\b(?:xox[abposr]-[A-Za-z0-9-]{10,}|gh[pousr]_[A-Za-z0-9]{30,}"
          + "|github_pat_[A-Za-z0-9_]{30,}|AKIA[0-9A-Z]{16}|[sr]k_live_[A-Za-z0-9]{10,}"
          + "|glpat-[A-Za-z0-9_-]{20,})"));
  private static final Pattern WHOLE_AUTH =
      Pattern.compile("(?i)\\s*(?:basic|token|bot)\\s+[A-Za-z0-9._~+/=-]{8,}\\s*");
  private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "secret",
      "token", "apikey", "credential", "credentials", "authorization", "privatekey");
  private static final Set<String> SECRET_PAIRS = Set.of("api_key", "access_key", "private_key",
      "routing_key", "service_key", "integration_key", "secret_key", "auth_token",
      "client_secret");

  /** Text that each pattern of SECRETS or WHOLE_AUTH needs somewhere in a match. */
  private static final List<String> TRIGGERS = List.of("://", "slack", "discord", "webhook",
      "pagerduty", "?", "&", "bearer", "authoriz", "eyj", "-----", "xox", "gh", "akia",
      "k_live_", "glpat", "basic", "token", "bot");

  private SecretText() {}

  /** Whether {@code value} holds a credential written out. */
  public static boolean isSecret(String value) {
    if (!mayHoldSecret(value)) {
      return false;
    }
    if (WHOLE_AUTH.matcher(value).matches()) {
      return true;
    }
    for (Pattern p : SECRETS) {
      Matcher m = p.matcher(value);
      while (m.find()) {
        String part = m.groupCount() > 0 && m.group(1) != null ? m.group(1) : m.group();
        if (!isReference(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A cheap first look: false when the value contains none of the characters or words every
   * secret pattern needs, so that the regular expressions run only on the few that might.
   */
  private static boolean mayHoldSecret(String value) {
    String v = value.toLowerCase(Locale.ROOT);
    for (String trigger : TRIGGERS) {
      if (v.contains(trigger)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a key names a secret: {@code password}, {@code api_key}, {@code X-Auth-Token}. */
  public static boolean isSecretKey(String key) {
    String k = key.toLowerCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    for (String pair : SECRET_PAIRS) {
      if (k.equals(pair) || k.endsWith("_" + pair) || k.startsWith(pair + "_")) {
        return true;
      }
    }
    for (String word : k.split("_")) {
      if (SECRET_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the value is only references ({@code ${X}}, {@code {{ .x }}}), nothing literal. */
  public static boolean isReference(String value) {
    String rest = ONE_REFERENCE.matcher(value).replaceAll("");
    return rest.length() < value.length() && rest.isBlank();
  }

  /** {@code text} with every credential replaced by {@code <redacted>}. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (Pattern p : SECRETS) {
      Matcher m = p.matcher(out);
      StringBuilder b = new StringBuilder();
      while (m.find()) {
        boolean grouped = m.groupCount() > 0 && m.group(1) != null;
        String part = grouped ? m.group(1) : m.group();
        String replacement = isReference(part) ? m.group()
            : grouped ? m.group().substring(0, m.start(1) - m.start()) + "<redacted>"
                + m.group().substring(m.end(1) - m.start())
            : "<redacted>";
        m.appendReplacement(b, Matcher.quoteReplacement(replacement));
      }
      m.appendTail(b);
      out = b.toString();
    }
    return out;
  }
}
