package dev.cwmon.model.prometheus;

import java.util.List;

/** One relabelling step, as in {@code relabel_configs} and {@code metric_relabel_configs}. */
public record RelabelConfig(
    List<String> sourceLabels,
    String separator,
    String targetLabel,
    String regex,
    Long modulus,
    String replacement,
    RelabelAction action) {
  public RelabelConfig {
    sourceLabels = List.copyOf(sourceLabels);
  }

  /** The action Prometheus applies when none is given. */
  public RelabelAction effectiveAction() {
    return action == null ? RelabelAction.REPLACE : action;
  }

  /** Every relabel action of Prometheus 2.42. */
  public enum RelabelAction {
    REPLACE, KEEP, DROP, KEEPEQUAL, DROPEQUAL, HASHMOD, LABELMAP, LABELDROP, LABELKEEP,
    LOWERCASE, UPPERCASE
  }
}
