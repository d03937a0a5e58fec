package dev.cwmon.model.incident;

import java.util.List;

/** What to do when one alert fires: where people read how, and what runs by itself. */
public record Playbook(String runbookUrl, List<Action> actions) {
  public Playbook {
    actions = List.copyOf(actions);
  }
}
