package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/**
 * How a binary operation pairs series: {@code on (...)} or {@code ignoring (...)} and an
 * optional {@code group_left (...)} or {@code group_right (...)} with its extra labels.
 */
public record VectorMatching(
    Axis axis, List<String> labels, Cardinality cardinality, List<String> include) {
  public static final VectorMatching DEFAULT =
      new VectorMatching(Axis.NONE, List.of(), Cardinality.ONE_TO_ONE, List.of());

  /** Which matching clause was written, if any. */
  public enum Axis { NONE, ON, IGNORING }

  /** Which side may have many series per match; set operators are always many-to-many. */
  public enum Cardinality { ONE_TO_ONE, MANY_TO_ONE, ONE_TO_MANY, MANY_TO_MANY }

  public VectorMatching {
    Objects.requireNonNull(axis, "axis");
    labels = List.copyOf(labels);
    Objects.requireNonNull(cardinality, "cardinality");
    include = List.copyOf(include);
  }
}
