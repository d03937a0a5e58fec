package dev.cwmon.model.rules;

import dev.cwmon.model.Key;
import dev.cwmon.model.PromDuration;
import dev.cwmon.model.Required;
import dev.cwmon.model.Silence;
import dev.cwmon.model.SpecOnly;
import java.util.List;
import dev.cwmon.model.OrderedMap;
import java.util.Map;

/** An alerting rule (with {@code alert}) or a recording rule (with {@code record}). */
public record Rule(
    String alert,
    String record,
    @Required String expr,
    @Key("for") PromDuration forDuration,
    PromDuration keepFiringFor,
    Map<String, String> labels,
    Map<String, String> annotations,
    @SpecOnly List<Silence> silence) {
  public Rule {
    silence = List.copyOf(silence);
    labels = OrderedMap.copyOf(labels);
    annotations = OrderedMap.copyOf(annotations);
  }

  /** A rule that cwmon generates itself, such as an SLO's: nothing of it is silenced. */
  public Rule(String alert, String record, String expr, PromDuration forDuration,
      PromDuration keepFiringFor, Map<String, String> labels, Map<String, String> annotations) {
    this(alert, record, expr, forDuration, keepFiringFor, labels, annotations, List.of());
  }

  public boolean isAlert() {
    return alert != null;
  }

  /** The alert or record name, whichever this rule has. */
  public String name() {
    return alert != null ? alert : record;
  }
}
