package dev.cwmon.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects diagnostics from every stage so that all of them are reported at once. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();
  private int errors;

  public void add(Diagnostic diagnostic) {
    items.add(diagnostic);
    if (diagnostic.isError()) {
      errors++;
    }
  }

  public void addAll(List<Diagnostic> diagnostics) {
    diagnostics.forEach(this::add);
  }

  /** Adds those of {@code diagnostics} not already here, equal in every part. */
  public void addAllNew(List<Diagnostic> diagnostics) {
    java.util.Set<Diagnostic> seen = new java.util.HashSet<>(items);
    diagnostics.stream().filter(seen::add).forEach(this::add);
  }

  /**
   * Silences every diagnostic that {@code matches}, keeping {@code reason} with it; returns
   * how many were silenced.
   */
  public int silence(java.util.function.Predicate<Diagnostic> matches, String reason) {
    int n = 0;
    for (int i = 0; i < items.size(); i++) {
      Diagnostic d = items.get(i);
      if (!d.isSilenced() && matches.test(d)) {
        if (d.isError()) {
          errors--;
        }
        items.set(i, d.silenced(reason));
        n++;
      }
    }
    return n;
  }

  public int errorCount() {
    return errors;
  }

  public void error(String code, String path, Position at, String message, String hint) {
    add(Diagnostic.error(code, path, at, message, hint));
  }

  public void warning(String code, String path, Position at, String message, String hint) {
    add(Diagnostic.warning(code, path, at, message, hint));
  }

  /** Whether any diagnostic reported so far satisfies {@code test}. */
  public boolean any(java.util.function.Predicate<Diagnostic> test) {
    return items.stream().anyMatch(test);
  }

  /** Whether a diagnostic with {@code code} was already reported at {@code path}. */
  public boolean reported(String code, String path) {
    return items.stream().anyMatch(d -> d.code().equals(code) && d.path().equals(path));
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  public boolean isEmpty() {
    return items.isEmpty();
  }

  /** All diagnostics, sorted by file and position, without duplicates. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items.stream().distinct().toList());
    Collections.sort(copy);
    return List.copyOf(copy);
  }
}
