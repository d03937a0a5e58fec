package dev.cwmon.check.semantic;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * The label names a series or a query result can carry: exactly {@code names} when
 * {@code known}, else an unknown superset (and nothing may be concluded from absence).
 */
public record Labels(Set<String> names, boolean known) {
  public static final Labels UNKNOWN = new Labels(Set.of(), false);
  public static final Labels NONE = new Labels(Set.of(), true);

  public Labels {
    names = Set.copyOf(names);
  }

  public static Labels of(Collection<String> names) {
    return new Labels(Set.copyOf(names), true);
  }

  /** Whether the label is certainly absent. */
  public boolean lacks(String name) {
    return known && !names.contains(name);
  }

  public Labels plus(Collection<String> more) {
    if (!known) {
      return this;
    }
    Set<String> out = new TreeSet<>(names);
    out.addAll(more);
    return of(out);
  }

  public Labels minus(Collection<String> less) {
    if (!known) {
      return this;
    }
    Set<String> out = new TreeSet<>(names);
    out.removeAll(less);
    return of(out);
  }

  /** Only the labels of {@code keep}; even an unknown set then has a known superset. */
  public Labels only(Collection<String> keep) {
    Set<String> out = new TreeSet<>(keep);
    if (known) {
      out.retainAll(names);
    }
    return of(out);
  }

  public Labels union(Labels other) {
    return known && other.known ? plus(other.names) : UNKNOWN;
  }

  /** The names sorted, for messages and did-you-mean. */
  public Set<String> sorted() {
    return new TreeSet<>(names);
  }
}
