package dev.cwmon.gotemplate;

import dev.cwmon.gotemplate.Node.Arg;
import dev.cwmon.gotemplate.Node.BoolNode;
import dev.cwmon.gotemplate.Node.ChainNode;
import dev.cwmon.gotemplate.Node.CommandNode;
import dev.cwmon.gotemplate.Node.DotNode;
import dev.cwmon.gotemplate.Node.FieldNode;
import dev.cwmon.gotemplate.Node.IdentifierNode;
import dev.cwmon.gotemplate.Node.Ident;
import dev.cwmon.gotemplate.Node.NilNode;
import dev.cwmon.gotemplate.Node.NumberNode;
import dev.cwmon.gotemplate.Node.Pipeline;
import dev.cwmon.gotemplate.Node.StringNode;
import dev.cwmon.gotemplate.Node.VariableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses pipelines, commands and operands for {@link Parser}, sharing its token cursor. */
final class PipelineParser {
  private static final Set<TokenType> OPERAND_STARTS =
      Set.of(TokenType.BOOL, TokenType.CHAR_CONSTANT, TokenType.COMPLEX, TokenType.DOT,
          TokenType.FIELD, TokenType.IDENTIFIER, TokenType.NUMBER, TokenType.NIL,
          TokenType.RAW_STRING, TokenType.STRING, TokenType.VARIABLE, TokenType.LEFT_PAREN);

  private final Parser p;
  private final Set<String> functions;

  PipelineParser(Parser parser, Set<String> functions) {
    this.p = parser;
    this.functions = functions;
  }

  /**
   * Parses {@code [decls :=] cmd | cmd ...} up to {@code end}. Declared names are added to
   * the parser's variables, where they stay until the enclosing control structure ends.
   */
  Pipeline pipeline(String context, TokenType end, int contextPos) {
    int pos = p.peekNonSpace().offset();
    List<VariableNode> decls = new ArrayList<>();
    boolean isAssign = false;
    boolean more = true;
    while (more && p.peekNonSpace().type() == TokenType.VARIABLE) {
      more = false;
      int mark = p.mark();
      Token variable = p.next();
      Token next = p.peekNonSpace();
      if (next.type() == TokenType.ASSIGN || next.type() == TokenType.DECLARE) {
        isAssign = next.type() == TokenType.ASSIGN;
        p.next();
        declare(decls, variable);
      } else if (next.type() == TokenType.CHAR && next.text().equals(",")) {
        p.next();
        declare(decls, variable);
        more = secondRangeVariable(context, decls, next);
      } else {
        p.reset(mark);
      }
    }
    List<CommandNode> cmds = new ArrayList<>();
    while (true) {
      Token token = p.nextNonSpace();
      if (token.type() == end) {
        checkPipeline(cmds, context, contextPos);
        return new Pipeline(pos, isAssign, decls, cmds);
      }
      if (!OPERAND_STARTS.contains(token.type())) {
        throw p.unexpected(token, context);
      }
      p.backup();
      cmds.add(command());
    }
  }

  private void declare(List<VariableNode> decls, Token variable) {
    decls.add(new VariableNode(variable.offset(), variable.text(), List.of()));
    p.vars().add(variable.text());
  }

  /** After {@code $i,} only a range may declare a second variable. */
  private boolean secondRangeVariable(String context, List<VariableNode> decls, Token comma) {
    if (context.equals("range") && decls.size() < 2) {
      TokenType after = p.peekNonSpace().type();
      if (after == TokenType.VARIABLE || after == TokenType.RIGHT_DELIM
          || after == TokenType.RIGHT_PAREN) {
        return true;
      }
      throw p.fail(comma.offset(), "range can only initialize variables");
    }
    throw p.fail(comma.offset(), "too many declarations in " + context);
  }

  private void checkPipeline(List<CommandNode> cmds, String context, int contextPos) {
    if (cmds.isEmpty()) {
      p.fail(contextPos, "missing value for " + context);
    }
    for (int i = 1; i < cmds.size(); i++) {
      Arg first = cmds.get(i).args().get(0);
      if (first instanceof BoolNode || first instanceof DotNode || first instanceof NilNode
          || first instanceof NumberNode || first instanceof StringNode) {
        p.fail(first.pos(), "non executable command in pipeline stage " + (i + 1));
      }
    }
  }

  private CommandNode command() {
    int pos = p.peekNonSpace().offset();
    List<Arg> args = new ArrayList<>();
    while (true) {
      p.peekNonSpace();
      Arg operand = operand();
      if (operand != null) {
        args.add(operand);
      }
      Token token = p.next();
      if (token.type() == TokenType.SPACE) {
        continue;
      }
      if (token.type() == TokenType.RIGHT_DELIM || token.type() == TokenType.RIGHT_PAREN) {
        p.backup();
      } else if (token.type() != TokenType.PIPE) {
        throw p.unexpected(token, "operand");
      }
      break;
    }
    if (args.isEmpty()) {
      p.fail(pos, "empty command");
    }
    return new CommandNode(pos, args);
  }

  private Arg operand() {
    Arg node = term();
    if (node == null || p.peek().type() != TokenType.FIELD) {
      return node;
    }
    List<Ident> fields = new ArrayList<>();
    while (p.peek().type() == TokenType.FIELD) {
      Token field = p.next();
      fields.add(new Ident(field.text().substring(1), field.offset()));
    }
    if (node instanceof FieldNode f) {
      List<Ident> all = new ArrayList<>(f.idents());
      all.addAll(fields);
      return new FieldNode(f.pos(), all);
    }
    if (node instanceof VariableNode v) {
      return new VariableNode(v.pos(), v.name(), fields);
    }
    if (node instanceof Pipeline || node instanceof IdentifierNode) {
      return new ChainNode(node.pos(), node, fields);
    }
    throw p.fail(fields.get(0).pos(), "unexpected . after term " + GoQuote.quote(termText(node)));
  }

  private static String termText(Arg node) {
    if (node instanceof BoolNode b) {
      return String.valueOf(b.value());
    }
    if (node instanceof StringNode s) {
      return s.quoted();
    }
    if (node instanceof NumberNode n) {
      return n.text();
    }
    return node instanceof NilNode ? "nil" : ".";
  }

  private Arg term() {
    Token token = p.nextNonSpace();
    int pos = token.offset();
    switch (token.type()) {
      case IDENTIFIER:
        if (!functions.contains(token.text())) {
          p.fail(pos, "function " + GoQuote.quote(token.text()) + " not defined");
        }
        return new IdentifierNode(pos, token.text());
      case DOT:
        return new DotNode(pos);
      case NIL:
        return new NilNode(pos);
      case VARIABLE:
        if (!p.vars().contains(token.text())) {
          p.fail(pos, "undefined variable " + GoQuote.quote(token.text()));
        }
        return new VariableNode(pos, token.text(), List.of());
      case FIELD:
        return new FieldNode(pos, List.of(new Ident(token.text().substring(1), pos)));
      case BOOL:
        return new BoolNode(pos, token.text().equals("true"));
      case CHAR_CONSTANT:
      case COMPLEX:
      case NUMBER:
        return number(token);
      case LEFT_PAREN:
        p.enter(pos);
        try {
          return pipeline("parenthesized pipeline", TokenType.RIGHT_PAREN, pos);
        } finally {
          p.leave();
        }
      case STRING:
      case RAW_STRING:
        return new StringNode(pos, token.text(), p.unquote(token));
      default:
        p.backup();
        return null;
    }
  }

  private NumberNode number(Token token) {
    try {
      if (token.type() == TokenType.CHAR_CONSTANT) {
        Literals.checkChar(token.text());
      } else {
        Literals.checkNumber(token.text(), token.type() == TokenType.COMPLEX);
      }
    } catch (Literals.BadLiteral e) {
      throw p.fail(token.offset(), e.getMessage());
    }
    return new NumberNode(token.offset(), token.text());
  }
}
