package dev.cwmon.model;

import java.util.List;

/** Settings of cwmon lint: checks silenced across the spec. */
public record LintSettings(List<Silence> silence) {
  public LintSettings {
    silence = List.copyOf(silence);
  }
}
