package dev.cwmon.gotemplate;

import java.util.List;
import java.util.Objects;

/** A node of a parsed Go template; {@code pos} is the 0-based offset where it starts. */
public sealed interface Node {
  int pos();

  /** An operand of a command: a literal, a name, a field chain or a parenthesised pipeline. */
  sealed interface Arg extends Node {}

  /** A field name written after a dot, with the offset of that dot. */
  record Ident(String name, int pos) {
    public Ident {
      Objects.requireNonNull(name, "name");
    }
  }

  /** A sequence of nodes: the whole template, a branch body or a definition body. */
  record ListNode(int pos, List<Node> nodes) implements Node {
    public ListNode {
      nodes = List.copyOf(nodes);
    }
  }

  /** Text outside actions, after trim markers have been applied. */
  record TextNode(int pos, String text) implements Node {}

  /** A comment action; its text is kept but never executed. */
  record CommentNode(int pos, String text) implements Node {}

  /** An action that prints or declares: {@code {{ $value | humanize }}}. */
  record ActionNode(int pos, Pipeline pipe) implements Node {}

  /** The three control structures that share the shape pipeline, body, optional else. */
  enum BranchKind {
    IF,
    RANGE,
    WITH
  }

  /** {@code if}, {@code range} or {@code with}; {@code elseList} is null without an else. */
  record BranchNode(int pos, BranchKind kind, Pipeline pipe, ListNode list, ListNode elseList)
      implements Node {}

  /** {@code {{template "name" pipeline}}}, also what a {@code block} leaves in place. */
  record TemplateNode(int pos, String name, Pipeline pipe) implements Node {}

  /** {@code {{break}}} inside a range. */
  record BreakNode(int pos) implements Node {}

  /** {@code {{continue}}} inside a range. */
  record ContinueNode(int pos) implements Node {}

  /** Declared or assigned variables, then commands joined by {@code |}. */
  record Pipeline(int pos, boolean isAssign, List<VariableNode> decls, List<CommandNode> cmds)
      implements Arg {
    public Pipeline {
      decls = List.copyOf(decls);
      cmds = List.copyOf(cmds);
    }
  }

  /** One stage of a pipeline: a function or value followed by its arguments. */
  record CommandNode(int pos, List<Arg> args) implements Node {
    public CommandNode {
      args = List.copyOf(args);
    }
  }

  /** {@code .} */
  record DotNode(int pos) implements Arg {}

  /** {@code nil} */
  record NilNode(int pos) implements Arg {}

  /** {@code true} or {@code false}. */
  record BoolNode(int pos, boolean value) implements Arg {}

  /** A number or character constant, kept as written. */
  record NumberNode(int pos, String text) implements Arg {}

  /** A quoted or raw string; {@code value} has escapes resolved. */
  record StringNode(int pos, String quoted, String value) implements Arg {}

  /** A function name such as {@code humanize}. */
  record IdentifierNode(int pos, String name) implements Arg {}

  /** {@code .Labels.severity}: a chain of field names starting at dot. */
  record FieldNode(int pos, List<Ident> idents) implements Arg {
    public FieldNode {
      idents = List.copyOf(idents);
    }
  }

  /** {@code $labels.instance}: a variable name followed by field names. */
  record VariableNode(int pos, String name, List<Ident> fields) implements Arg {
    public VariableNode {
      fields = List.copyOf(fields);
    }
  }

  /** Fields read from something that is neither dot nor a variable: {@code (f).X}. */
  record ChainNode(int pos, Arg node, List<Ident> fields) implements Arg {
    public ChainNode {
      fields = List.copyOf(fields);
    }
  }
}
