package dev.cwmon.check;

import dev.cwmon.diag.SecretText;
import dev.cwmon.model.Spec;

/**
 * Refuses literal secrets anywhere in the spec's strings: credentials in URLs, webhook tokens,
 * bearer tokens, known key formats, and any literal under a key that names a secret
 * ({@code password}, {@code api_key}, an {@code Authorization} header). The value is never
 * shown.
 */
public final class SecretCheck implements Check {
  private static final java.util.regex.Pattern PAGERDUTY_KEY =
      java.util.regex.Pattern.compile("[A-Za-z0-9]{32}");

  @Override
  public void run(Spec spec, CheckContext ctx) {
    SpecWalk.walk(spec, (at, component, key, value) -> {
      boolean namedSecret = !value.isBlank() && SecretText.isSecretKey(key)
          && !SecretText.isReference(value) && !value.matches("(?i)true|false|yes|no|[0-9]+");
      boolean pagerduty = PAGERDUTY_KEY.matcher(value).matches()
          && value.matches(".*[0-9].*") && value.matches(".*[A-Za-z].*")
          && at.toString().contains("pagerduty");
      if (!SecretText.isSecret(value) && !namedSecret && !pagerduty) {
        return;
      }
      String path = at.toString();
      if (!ctx.diagnostics().reported("CW110", path)) {
        ctx.error("CW110", path, "literal secret in " + path + " (value not shown)",
            "reference it instead: {file: /etc/secrets/name} where the field takes one, "
                + "or ${VAR} where the target expands variables; never write it in the spec");
      }
    });
  }
}
