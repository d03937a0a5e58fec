package dev.cwmon.model.alertmanager;

import dev.cwmon.model.OrderedMap;
import dev.cwmon.model.Required;
import dev.cwmon.model.SecretRef;
import java.util.Map;

/**
 * An email receiver. Alertmanager has no {@code subject} key: a subject given here is written
 * as the {@code Subject} header.
 */
public record EmailConfig(
    @Required String to,
    String from,
    String smarthost,
    String hello,
    String authUsername,
    SecretRef authPassword,
    String subject,
    Map<String, String> headers,
    String html,
    String text,
    Boolean requireTls,
    Boolean sendResolved) {
  public EmailConfig {
    headers = OrderedMap.copyOf(headers);
  }
}
