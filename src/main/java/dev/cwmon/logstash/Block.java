package dev.cwmon.logstash;

import java.util.List;

/** The statements between braces of a section or a branch, and comments before its close. */
public record Block(List<Statement> statements, List<String> endComments) {
  public Block {
    statements = List.copyOf(statements);
    endComments = Comments.copy(endComments);
  }

  public static Block of(Statement... statements) {
    return new Block(List.of(statements), List.of());
  }
}
