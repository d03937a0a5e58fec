package dev.cwmon.model.alertmanager;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.SecretRef;

/** alertmanager.yml {@code global}: defaults shared by receivers. */
public record AmGlobal(
    PromDuration resolveTimeout,
    String smtpFrom,
    String smtpSmarthost,
    String smtpHello,
    String smtpAuthUsername,
    SecretRef smtpAuthPassword,
    String smtpAuthIdentity,
    SecretRef smtpAuthSecret,
    Boolean smtpRequireTls,
    SecretRef slackApiUrl,
    String pagerdutyUrl) {}
