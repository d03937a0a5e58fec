package dev.cwmon.gotemplate;

import dev.cwmon.gotemplate.Node.ActionNode;
import dev.cwmon.gotemplate.Node.BranchKind;
import dev.cwmon.gotemplate.Node.BranchNode;
import dev.cwmon.gotemplate.Node.BreakNode;
import dev.cwmon.gotemplate.Node.CommentNode;
import dev.cwmon.gotemplate.Node.ContinueNode;
import dev.cwmon.gotemplate.Node.ListNode;
import dev.cwmon.gotemplate.Node.Pipeline;
import dev.cwmon.gotemplate.Node.TemplateNode;
import dev.cwmon.gotemplate.Node.TextNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the tree of a template with the rules of Go's text/template parser: the same
 * accepted language, the same checks (functions and variables must be defined, break only
 * inside range) and the same first-error-wins messages. Pipelines are parsed by
 * {@link PipelineParser}; this class handles text, actions and control structures.
 */
final class Parser extends TokenCursor {
  /** Deep enough for any real template, shallow enough for the Java stack. */
  static final int MAX_DEPTH = 200;

  private final Dialect dialect;
  private final Map<String, ListNode> definitions = new LinkedHashMap<>();
  private final PipelineParser pipelines;
  private List<String> vars;
  private int rangeDepth;
  private int depth;

  /** What ended a list: {@code {{end}}} or {@code {{else}}}, at {@code pos}. */
  private record Terminator(TokenType type, int pos) {
    String describe() {
      return type == TokenType.END ? "{{end}}" : "{{else}}";
    }
  }

  private record Step(Node node, Terminator terminator) {}

  private record Body(ListNode list, Terminator terminator) {}

  private Parser(String text, Dialect dialect) {
    super(Lexer.lex(text), new SourceMap(text));
    this.dialect = dialect;
    this.vars = new ArrayList<>(dialect.variables());
    this.pipelines = new PipelineParser(this, dialect.functions());
  }

  static ParsedTemplate parse(String text, Dialect dialect) {
    return new Parser(text, dialect).parseAll();
  }

  List<String> vars() {
    return vars;
  }

  void enter(int pos) {
    depth++;
    if (depth > MAX_DEPTH) {
      fail(pos, "max expression depth exceeded");
    }
  }

  void leave() {
    depth--;
  }

  private ParsedTemplate parseAll() {
    List<Node> root = new ArrayList<>();
    int rootPos = peek().offset();
    while (peek().type() != TokenType.EOF) {
      if (peek().type() == TokenType.LEFT_DELIM) {
        int mark = mark();
        Token delim = next();
        if (nextNonSpace().type() == TokenType.DEFINE) {
          parseDefinition(delim.offset());
          continue;
        }
        reset(mark);
      }
      Step step = textOrAction();
      if (step.terminator() != null) {
        fail(step.terminator().pos(), "unexpected " + step.terminator().describe());
      }
      root.add(step.node());
    }
    return new ParsedTemplate(new ListNode(rootPos, root), definitions);
  }

  private void parseDefinition(int pos) {
    String context = "define clause";
    Token name = nextNonSpace();
    if (name.type() != TokenType.STRING && name.type() != TokenType.RAW_STRING) {
      unexpected(name, context);
    }
    String templateName = unquote(name);
    expect(TokenType.RIGHT_DELIM, context);
    Body body = isolatedBody(pos);
    requireEnd(body, context);
    define(name.offset(), templateName, body.list());
  }

  /** Parses a define or block body, which sees only {@code $} and is outside any range. */
  private Body isolatedBody(int pos) {
    List<String> outerVars = vars;
    int outerRangeDepth = rangeDepth;
    vars = new ArrayList<>(List.of("$"));
    rangeDepth = 0;
    enter(pos);
    try {
      return itemList(pos);
    } finally {
      leave();
      vars = outerVars;
      rangeDepth = outerRangeDepth;
    }
  }

  private void define(int pos, String name, ListNode body) {
    ListNode existing = definitions.get(name);
    if (existing != null && !isEmpty(existing) && !isEmpty(body)) {
      fail(pos, "multiple definition of template " + GoQuote.quote(name));
    }
    if (existing == null || isEmpty(existing)) {
      definitions.put(name, body);
    }
  }

  private static boolean isEmpty(ListNode list) {
    return list.nodes().stream()
        .allMatch(n -> n instanceof CommentNode
            || n instanceof TextNode t && t.text().chars().allMatch(Lexer::isSpace));
  }

  private Body itemList(int openerPos) {
    List<Node> nodes = new ArrayList<>();
    int listPos = peekNonSpace().offset();
    while (peekNonSpace().type() != TokenType.EOF) {
      Step step = textOrAction();
      if (step.terminator() != null) {
        return new Body(new ListNode(listPos, nodes), step.terminator());
      }
      nodes.add(step.node());
    }
    throw fail(openerPos, "unexpected EOF");
  }

  private Step textOrAction() {
    Token token = nextNonSpace();
    return switch (token.type()) {
      case TEXT -> new Step(new TextNode(token.offset(), token.text()), null);
      case COMMENT -> new Step(new CommentNode(token.offset(), token.text()), null);
      case LEFT_DELIM -> action(token.offset());
      default -> throw unexpected(token, "input");
    };
  }

  private Step action(int delimPos) {
    Token token = nextNonSpace();
    switch (token.type()) {
      case BLOCK:
        return new Step(blockControl(delimPos), null);
      case BREAK:
      case CONTINUE:
        return new Step(loopControl(token), null);
      case ELSE:
        return new Step(null, elseControl(delimPos));
      case END:
        expect(TokenType.RIGHT_DELIM, "end");
        return new Step(null, new Terminator(TokenType.END, delimPos));
      case IF:
        return new Step(branch(BranchKind.IF, delimPos), null);
      case RANGE:
        return new Step(branch(BranchKind.RANGE, delimPos), null);
      case WITH:
        return new Step(branch(BranchKind.WITH, delimPos), null);
      case TEMPLATE:
        return new Step(templateControl(delimPos), null);
      default:
        backup();
        Pipeline pipe = pipelines.pipeline("command", TokenType.RIGHT_DELIM, delimPos);
        return new Step(new ActionNode(delimPos, pipe), null);
    }
  }

  private Node loopControl(Token keyword) {
    String name = "{{" + keyword.text() + "}}";
    Token token = nextNonSpace();
    if (token.type() != TokenType.RIGHT_DELIM) {
      unexpected(token, name);
    }
    if (rangeDepth == 0) {
      fail(keyword.offset(), name + " outside {{range}}");
    }
    return keyword.type() == TokenType.BREAK
        ? new BreakNode(keyword.offset())
        : new ContinueNode(keyword.offset());
  }

  /** An {@code else} directly followed by {@code if} leaves the {@code if} unconsumed. */
  private Terminator elseControl(int delimPos) {
    if (peekNonSpace().type() != TokenType.IF) {
      expect(TokenType.RIGHT_DELIM, "else");
    }
    return new Terminator(TokenType.ELSE, delimPos);
  }

  private BranchNode branch(BranchKind kind, int delimPos) {
    String context = kind.name().toLowerCase(Locale.ROOT);
    int mark = vars.size();
    enter(delimPos);
    try {
      Pipeline pipe = pipelines.pipeline(context, TokenType.RIGHT_DELIM, delimPos);
      if (kind == BranchKind.RANGE) {
        rangeDepth++;
      }
      Body body = itemList(delimPos);
      if (kind == BranchKind.RANGE) {
        rangeDepth--;
      }
      ListNode elseList = null;
      if (body.terminator().type() == TokenType.ELSE) {
        elseList = elseBranch(kind, body.terminator(), delimPos);
      }
      return new BranchNode(delimPos, kind, pipe, body.list(), elseList);
    } finally {
      leave();
      vars.subList(mark, vars.size()).clear();
    }
  }

  /** Parses what follows {@code {{else}}}; {@code else if} nests an if needing no own end. */
  private ListNode elseBranch(BranchKind kind, Terminator elseToken, int openerPos) {
    if (kind == BranchKind.IF && peek().type() == TokenType.IF) {
      int ifPos = next().offset();
      return new ListNode(ifPos, List.of(branch(BranchKind.IF, openerPos)));
    }
    Body elseBody = itemList(openerPos);
    if (elseBody.terminator().type() != TokenType.END) {
      fail(elseBody.terminator().pos(), "expected end; found " + elseBody.terminator().describe());
    }
    return elseBody.list();
  }

  private TemplateNode templateControl(int delimPos) {
    String context = "template clause";
    Token name = nextNonSpace();
    String templateName = templateName(name, context);
    Pipeline pipe = null;
    if (nextNonSpace().type() != TokenType.RIGHT_DELIM) {
      backup();
      pipe = pipelines.pipeline(context, TokenType.RIGHT_DELIM, delimPos);
    }
    // Go places the node, and so an execution error, at the template's name.
    return new TemplateNode(name.offset(), templateName, pipe);
  }

  private TemplateNode blockControl(int delimPos) {
    String context = "block clause";
    Token name = nextNonSpace();
    String templateName = templateName(name, context);
    Pipeline pipe = pipelines.pipeline(context, TokenType.RIGHT_DELIM, delimPos);
    Body body = isolatedBody(delimPos);
    requireEnd(body, context);
    define(name.offset(), templateName, body.list());
    return new TemplateNode(name.offset(), templateName, pipe);
  }

  private void requireEnd(Body body, String context) {
    Terminator end = body.terminator();
    if (end.type() != TokenType.END) {
      fail(end.pos(), "unexpected " + end.describe() + " in " + context);
    }
  }

  private String templateName(Token token, String context) {
    if (token.type() != TokenType.STRING && token.type() != TokenType.RAW_STRING) {
      unexpected(token, context);
    }
    return unquote(token);
  }

  private void expect(TokenType type, String context) {
    Token token = nextNonSpace();
    if (token.type() != type) {
      unexpected(token, context);
    }
  }

  String unquote(Token token) {
    try {
      return Literals.unquote(token.text());
    } catch (Literals.BadLiteral e) {
      throw fail(token.offset(), e.getMessage());
    }
  }
}
