package dev.cwmon.check;

import java.util.regex.Pattern;

/** Recognises literal values that are secrets and must be given by reference instead. */
public final class Secrets {
  private static final Pattern CREDENTIALS_IN_URL =
      Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/@\\s]+:[^/@\\s]*@.*");
  private static final Pattern WEBHOOK_TOKEN = Pattern.compile(
      ".*(hooks\\.slack\\.com/services/|discord(app)?\\.com/api/webhooks/"
          + "|outlook\\.office\\.com/webhook|[?&](token|key|api_key|apikey|secret)=).*");

  private Secrets() {}

  /** Whether a URL or text holds a credential: a password in the URL, or a webhook token. */
  public static boolean looksSecret(String value) {
    return CREDENTIALS_IN_URL.matcher(value).matches() || WEBHOOK_TOKEN.matcher(value).matches()
        || dev.cwmon.diag.SecretText.isSecret(value);
  }
}
