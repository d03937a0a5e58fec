package dev.cwmon.model.alertmanager;

import dev.cwmon.model.Key;
import dev.cwmon.model.SecretRef;
import java.util.Map;

/** A PagerDuty receiver; the routing key is a secret, rendered as {@code routing_key_file}. */
public record PagerdutyConfig(
    SecretRef routingKey,
    SecretRef serviceKey,
    String url,
    String client,
    String clientUrl,
    String description,
    String severity,
    @Key("class") String className,
    String component,
    String group,
    Map<String, String> details,
    Boolean sendResolved) {
  public PagerdutyConfig {
    details = dev.cwmon.model.OrderedMap.copyOf(details);
  }
}
