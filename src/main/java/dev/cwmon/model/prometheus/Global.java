package dev.cwmon.model.prometheus;

import dev.cwmon.model.PromDuration;
import dev.cwmon.model.OrderedMap;
import java.util.Map;

/** prometheus.yml {@code global}: defaults for every job and rule group. */
public record Global(
    PromDuration scrapeInterval,
    PromDuration scrapeTimeout,
    PromDuration evaluationInterval,
    Map<String, String> externalLabels,
    String queryLogFile) {
  public Global {
    externalLabels = OrderedMap.copyOf(externalLabels);
  }
}
