package dev.cwmon.gotemplate;

import dev.cwmon.gotemplate.Node.ActionNode;
import dev.cwmon.gotemplate.Node.Arg;
import dev.cwmon.gotemplate.Node.BranchKind;
import dev.cwmon.gotemplate.Node.BranchNode;
import dev.cwmon.gotemplate.Node.ChainNode;
import dev.cwmon.gotemplate.Node.CommandNode;
import dev.cwmon.gotemplate.Node.DotNode;
import dev.cwmon.gotemplate.Node.FieldNode;
import dev.cwmon.gotemplate.Node.IdentifierNode;
import dev.cwmon.gotemplate.Node.Ident;
import dev.cwmon.gotemplate.Node.ListNode;
import dev.cwmon.gotemplate.Node.Pipeline;
import dev.cwmon.gotemplate.Node.StringNode;
import dev.cwmon.gotemplate.Node.TemplateNode;
import dev.cwmon.gotemplate.Node.VariableNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds what Go's parser lets through but execution would fail on: a field the data does not
 * have ({@code .Lables}), an assignment to a variable never declared, and, where a template
 * must be self-contained, a call of a template it does not define. It also collects every
 * alert label the template reads.
 */
final class Checker {
  private record Variable(String name, Shape shape) {}

  private final Dialect dialect;
  private final ParsedTemplate template;
  private final SourceMap source;
  private final List<TemplateProblem> problems = new ArrayList<>();
  private final List<LabelReference> references = new ArrayList<>();
  private final List<TemplateProblem> undefinedCalls = new ArrayList<>();
  private List<Variable> scope = new ArrayList<>();

  Checker(Dialect dialect, ParsedTemplate template, SourceMap source) {
    this.dialect = dialect;
    this.template = template;
    this.source = source;
  }

  /** Walks the whole template once; call before reading problems or references. */
  Checker run() {
    for (String name : dialect.variables()) {
      scope.add(new Variable(name, dialect.variableShape(name)));
    }
    visit(template.root(), dialect.dot());
    for (ListNode body : template.definitions().values()) {
      scope = new ArrayList<>(List.of(new Variable("$", Shape.UNKNOWN)));
      visit(body, Shape.UNKNOWN);
    }
    return this;
  }

  List<TemplateProblem> problems() {
    return List.copyOf(problems);
  }

  /** Calls of templates neither the text nor the dialect's built-in templates define. */
  List<TemplateProblem> undefinedCalls() {
    return List.copyOf(undefinedCalls);
  }

  List<LabelReference> references() {
    return List.copyOf(references);
  }

  private void visit(ListNode list, Shape dot) {
    for (Node node : list.nodes()) {
      if (node instanceof ActionNode action) {
        pipeline(action.pipe(), dot);
      } else if (node instanceof BranchNode branch) {
        branch(branch, dot);
      } else if (node instanceof TemplateNode call) {
        templateCall(call, dot);
      }
    }
  }

  private void branch(BranchNode branch, Shape dot) {
    int mark = scope.size();
    Shape value = value(branch.pipe(), dot);
    Shape inner = dot;
    if (branch.kind() == BranchKind.WITH) {
      inner = value;
      declare(branch.pipe(), List.of(value));
    } else if (branch.kind() == BranchKind.RANGE) {
      inner = value.element();
      declare(branch.pipe(), branch.pipe().decls().size() == 2
          ? List.of(Shape.UNKNOWN, inner)
          : List.of(inner));
    } else {
      declare(branch.pipe(), List.of(value));
    }
    visit(branch.list(), inner);
    if (branch.elseList() != null) {
      visit(branch.elseList(), dot);
    }
    scope.subList(mark, scope.size()).clear();
  }

  private void templateCall(TemplateNode call, Shape dot) {
    if (!template.definitions().containsKey(call.name())
        && !dialect.builtinTemplates().contains(call.name())) {
      TemplateProblem undefined = source.problem(call.pos(),
          "template " + GoQuote.quote(call.name()) + " not defined");
      undefinedCalls.add(undefined);
      if (dialect.selfContained()) {
        problems.add(undefined);
      }
    }
    if (call.pipe() != null) {
      pipeline(call.pipe(), dot);
    }
  }

  private Shape pipeline(Pipeline pipe, Shape dot) {
    Shape value = value(pipe, dot);
    declare(pipe, List.of(value));
    return value;
  }

  /** The shape of the last command's result; earlier stages are checked, not tracked. */
  private Shape value(Pipeline pipe, Shape dot) {
    Shape last = Shape.UNKNOWN;
    for (CommandNode cmd : pipe.cmds()) {
      last = command(cmd, dot);
    }
    return last;
  }

  private void declare(Pipeline pipe, List<Shape> shapes) {
    for (int i = 0; i < pipe.decls().size(); i++) {
      VariableNode decl = pipe.decls().get(i);
      Shape shape = i < shapes.size() ? shapes.get(i) : Shape.UNKNOWN;
      int existing = lookup(decl.name());
      if (pipe.isAssign() && existing < 0) {
        problems.add(source.problem(decl.pos(),
            "undefined variable " + GoQuote.quote(decl.name())));
      }
      if (pipe.isAssign() && existing >= 0) {
        Shape old = scope.get(existing).shape();
        scope.set(existing, new Variable(decl.name(), old == shape ? old : Shape.UNKNOWN));
      } else {
        scope.add(new Variable(decl.name(), shape));
      }
    }
  }

  private int lookup(String name) {
    for (int i = scope.size() - 1; i >= 0; i--) {
      if (scope.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private Shape command(CommandNode cmd, Shape dot) {
    List<Shape> shapes = new ArrayList<>();
    for (Arg arg : cmd.args()) {
      shapes.add(arg(arg, dot));
    }
    Arg first = cmd.args().get(0);
    if (first instanceof IdentifierNode fn) {
      return call(fn.name(), cmd.args(), shapes);
    }
    return cmd.args().size() == 1 ? shapes.get(0) : Shape.UNKNOWN;
  }

  /** Records {@code index $labels "name"} and gives {@code index} on a map a string. */
  private Shape call(String function, List<Arg> args, List<Shape> shapes) {
    if (!function.equals("index") || args.size() < 2) {
      return Shape.UNKNOWN;
    }
    Shape map = shapes.get(1);
    if (args.size() == 3 && args.get(2) instanceof StringNode key && map.readsLabel(key.value())
        && (map == Shape.LABEL_MAP || map == Shape.LABEL_KV)) {
      references.add(source.reference(key.value(), key.pos() + 1));
    }
    boolean stringMap = map == Shape.LABEL_MAP || map == Shape.STRING_MAP
        || map == Shape.LABEL_KV || map == Shape.KV;
    return stringMap && args.size() == 3 ? Shape.STRING : Shape.UNKNOWN;
  }

  private Shape arg(Arg arg, Shape dot) {
    if (arg instanceof DotNode) {
      return dot;
    }
    if (arg instanceof FieldNode field) {
      return fields(dot, field.idents());
    }
    if (arg instanceof VariableNode variable) {
      int at = lookup(variable.name());
      Shape start = at < 0 ? Shape.UNKNOWN : scope.get(at).shape();
      return fields(start, variable.fields());
    }
    if (arg instanceof ChainNode chain) {
      return fields(arg(chain.node(), dot), chain.fields());
    }
    if (arg instanceof Pipeline pipe) {
      return pipeline(pipe, dot);
    }
    return arg instanceof StringNode ? Shape.STRING : Shape.UNKNOWN;
  }

  private Shape fields(Shape start, List<Ident> idents) {
    Shape shape = start;
    for (Ident ident : idents) {
      if (shape.readsLabel(ident.name())) {
        references.add(source.reference(ident.name(), ident.pos() + 1));
      }
      Shape next = shape.field(ident.name());
      if (next == null) {
        problems.add(source.problem(ident.pos(),
            "can't evaluate field " + ident.name() + " in type " + shape.goType()));
        return Shape.UNKNOWN;
      }
      shape = next;
    }
    return shape;
  }
}
