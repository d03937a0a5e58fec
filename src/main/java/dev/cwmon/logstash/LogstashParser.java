package dev.cwmon.logstash;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses a Logstash pipeline file into a {@link Pipeline}, following Logstash's own grammar
 * (its LSCL treetop grammar) and rejecting what Logstash's compiler would refuse.
 *
 * <p>Comments are kept before the section, statement or attribute they precede, and before
 * the closing brace of a block; comments elsewhere (inside values and conditions, before
 * {@code else}) are dropped.
 */
public final class LogstashParser {
  private final Source src;
  private final ValueParser values;
  private final ConditionParser conditions;

  private LogstashParser(Source src) {
    this.src = src;
    this.values = new ValueParser(src);
    this.conditions = new ConditionParser(src, values);
  }

  /**
   * Parses {@code source}; {@code fileName} only labels errors.
   *
   * @throws LogstashParseException for any input that is not a valid pipeline, and nothing
   *     else
   */
  public static Pipeline parse(String source, String fileName) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(fileName, "fileName");
    Source src = new Source(source, fileName);
    try {
      return new LogstashParser(src).pipeline();
    } catch (LogstashParseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw src.error("internal parser error (" + e + "); please report this input");
    }
  }

  /**
   * Parses {@code text} as the condition of an {@code if}, e.g. {@code [level] == "ERROR"}, with
   * the same grammar as {@link #parse}; {@code fileName} only labels errors.
   *
   * @throws LogstashParseException when the text is not exactly one condition
   */
  public static Expr parseCondition(String text, String fileName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fileName, "fileName");
    Source src = new Source(text, fileName);
    try {
      LogstashParser parser = new LogstashParser(src);
      src.layout();
      if (src.atEnd()) {
        throw src.error("expected a condition, found nothing");
      }
      Expr condition = parser.conditions.condition();
      src.layout();
      if (!src.atEnd()) {
        throw src.error("unexpected " + src.describeNext() + " after the condition");
      }
      return condition;
    } catch (LogstashParseException e) {
      throw e;
    } catch (RuntimeException e) {
      throw src.error("internal parser error (" + e + "); please report this input");
    }
  }

  private Pipeline pipeline() {
    List<Section> sections = new ArrayList<>();
    while (true) {
      List<String> comments = src.layout();
      if (src.atEnd()) {
        return new Pipeline(sections, comments);
      }
      sections.add(section(comments));
    }
  }

  private Section section(List<String> comments) {
    int start = src.pos;
    String word = src.nameAhead();
    Section.Kind kind = Section.Kind.fromKeyword(word);
    if (kind == null) {
      throw src.error("expected \"input\", \"filter\" or \"output\", found "
          + (word.isEmpty() ? src.describeNext() : "\"" + word + "\""));
    }
    src.pos += word.length();
    src.layout();
    src.expect("{", "expected \"{\" after \"" + word + "\"");
    return new Section(kind, block(start, "section \"" + word + "\""), comments);
  }

  /** Statements up to and including the closing brace; the opening one is consumed. */
  private Block block(int openedAt, String what) {
    src.enter();
    List<Statement> statements = new ArrayList<>();
    while (true) {
      List<String> comments = src.layout();
      if (src.peek() == '}' && !src.atEnd()) {
        src.pos++;
        src.exit();
        return new Block(statements, comments);
      }
      if (src.atEnd()) {
        throw src.errorAt(openedAt, what + " is not closed with \"}\"");
      }
      statements.add(statement(comments));
    }
  }

  private Statement statement(List<String> comments) {
    int start = src.pos;
    String name = src.nameAhead();
    if (name.equals("if")) {
      return conditional(comments);
    }
    if (name.equals("else")) {
      throw src.error("\"else\" without an \"if\" before it");
    }
    if (src.peek() == '"' || src.peek() == '\'') {
      throw src.error("plugin name must not be quoted; logstash would look up a plugin whose"
          + " name includes the quotes");
    }
    if (name.isEmpty()) {
      throw src.error("expected a plugin, \"if\" or \"}\", found " + src.describeNext());
    }
    src.pos += name.length();
    src.layout();
    return values.pluginBody(name, start, comments);
  }

  private If conditional(List<String> comments) {
    List<If.Branch> branches = new ArrayList<>();
    branches.add(branch("if"));
    while (true) {
      int save = src.pos;
      src.layout();
      if (!src.nameAhead().equals("else")) {
        src.pos = save;
        return new If(branches, Optional.empty(), comments);
      }
      int elseAt = src.pos;
      src.pos += 4;
      src.layout();
      if (src.nameAhead().equals("if")) {
        branches.add(branch("else if"));
      } else if (src.peek() == '{') {
        src.pos++;
        return new If(branches, Optional.of(block(elseAt, "\"else\"")), comments);
      } else {
        throw src.error("expected \"if\" or \"{\" after \"else\"");
      }
    }
  }

  private If.Branch branch(String keyword) {
    int start = src.pos;
    src.pos += 2;
    src.layout();
    if (src.peek() == '{') {
      throw src.error("expected a condition after \"" + keyword + "\"");
    }
    Expr condition = conditions.condition();
    src.layout();
    src.expect("{", "expected \"{\" after the condition of \"" + keyword + "\", found "
        + src.describeNext());
    return new If.Branch(condition, block(start, "\"" + keyword + "\""));
  }
}
