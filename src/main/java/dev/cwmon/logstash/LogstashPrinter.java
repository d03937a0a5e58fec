package dev.cwmon.logstash;

import java.util.Objects;

/**
 * Writes a {@link Pipeline} in one canonical layout: two-space indent, one attribute per
 * line, arrays inline, hashes and plugin values over several lines, a blank line between
 * sections. The output parses back to an equal pipeline, and printing is deterministic.
 *
 * <p>Strings take double quotes unless they only fit in single quotes (see {@link Quoting}).
 * A value Logstash cannot read back unchanged makes the printer throw
 * {@link UnrepresentableValueException} instead of writing something else.
 */
public final class LogstashPrinter {
  private final StringBuilder out = new StringBuilder();

  private LogstashPrinter() {}

  public static String print(Pipeline pipeline) {
    Objects.requireNonNull(pipeline, "pipeline");
    LogstashPrinter printer = new LogstashPrinter();
    String separator = "";
    for (Section section : pipeline.sections()) {
      printer.out.append(separator);
      printer.section(section);
      separator = "\n";
    }
    if (!pipeline.sections().isEmpty() && !pipeline.endComments().isEmpty()) {
      printer.out.append('\n');
    }
    ValueWriter.comments(printer.out, pipeline.endComments(), 0);
    return printer.out.toString();
  }

  /** A condition as it appears after {@code if}. */
  public static String printCondition(Expr condition) {
    return ConditionWriter.write(Objects.requireNonNull(condition, "condition"));
  }

  /** A value as it appears after {@code =>} at the top level of a plugin. */
  public static String printValue(Value value) {
    StringBuilder text = new StringBuilder();
    ValueWriter.write(text, Objects.requireNonNull(value, "value"), 0);
    return text.toString();
  }

  private void section(Section section) {
    ValueWriter.comments(out, section.comments(), 0);
    out.append(section.kind().keyword()).append(' ');
    block(section.body(), 0);
    out.append('\n');
  }

  private void block(Block block, int depth) {
    if (block.statements().isEmpty() && block.endComments().isEmpty()) {
      out.append("{}");
      return;
    }
    out.append("{\n");
    for (Statement statement : block.statements()) {
      statement(statement, depth + 1);
    }
    ValueWriter.comments(out, block.endComments(), depth + 1);
    ValueWriter.indent(out, depth);
    out.append('}');
  }

  private void statement(Statement statement, int depth) {
    ValueWriter.comments(out, statement.comments(), depth);
    ValueWriter.indent(out, depth);
    if (statement instanceof Plugin plugin) {
      ValueWriter.plugin(out, plugin, depth);
    } else {
      conditional((If) statement, depth);
    }
    out.append('\n');
  }

  private void conditional(If conditional, int depth) {
    String keyword = "if ";
    for (If.Branch branch : conditional.branches()) {
      out.append(keyword).append(ConditionWriter.write(branch.condition())).append(' ');
      block(branch.body(), depth);
      keyword = " else if ";
    }
    conditional.otherwise().ifPresent(body -> {
      out.append(" else ");
      block(body, depth);
    });
  }
}
