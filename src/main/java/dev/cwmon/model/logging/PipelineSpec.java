package dev.cwmon.model.logging;

import java.util.List;

/** One Logstash pipeline: the statements of its input, filter and output sections. */
public record PipelineSpec(
    List<Statement> input, List<Statement> filter, List<Statement> output) {
  public PipelineSpec {
    input = List.copyOf(input);
    filter = List.copyOf(filter);
    output = List.copyOf(output);
  }
}
