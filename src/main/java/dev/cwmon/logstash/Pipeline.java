package dev.cwmon.logstash;

import java.util.List;

/**
 * A Logstash pipeline file: its sections in source order (a kind may repeat; Logstash
 * concatenates them) and the comments after the last section.
 */
public record Pipeline(List<Section> sections, List<String> endComments) {
  public Pipeline {
    sections = List.copyOf(sections);
    endComments = Comments.copy(endComments);
  }

  public static Pipeline of(Section... sections) {
    return new Pipeline(List.of(sections), List.of());
  }

  /** This pipeline with every comment removed, for comparing content alone. */
  public Pipeline withoutComments() {
    return Uncommented.of(this);
  }
}
