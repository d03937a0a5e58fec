package dev.cwmon.model.alertmanager;

import dev.cwmon.model.Required;
import java.util.List;

/** A named notification target with its integrations. */
public record Receiver(
    @Required String name,
    List<WebhookConfig> webhookConfigs,
    List<SlackConfig> slackConfigs,
    List<PagerdutyConfig> pagerdutyConfigs,
    List<EmailConfig> emailConfigs) {
  public Receiver {
    webhookConfigs = List.copyOf(webhookConfigs);
    slackConfigs = List.copyOf(slackConfigs);
    pagerdutyConfigs = List.copyOf(pagerdutyConfigs);
    emailConfigs = List.copyOf(emailConfigs);
  }

  public boolean isEmpty() {
    return webhookConfigs.isEmpty() && slackConfigs.isEmpty() && pagerdutyConfigs.isEmpty()
        && emailConfigs.isEmpty();
  }
}
