package dev.cwmon.promql;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/** Visits every node of an expression tree, parents before children, in source order. */
public final class Walker {
  private Walker() {}

  public static void walk(Expr root, Consumer<? super Expr> visitor) {
    Deque<Expr> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Expr node = pending.pop();
      visitor.accept(node);
      List<Expr> children = node.children();
      for (int i = children.size() - 1; i >= 0; i--) {
        pending.push(children.get(i));
      }
    }
  }

  /** Every node of {@code type}, e.g. all {@link VectorSelector}s or all {@link Call}s. */
  public static <T extends Expr> List<T> collect(Expr root, Class<T> type) {
    List<T> found = new ArrayList<>();
    walk(root, node -> {
      if (type.isInstance(node)) {
        found.add(type.cast(node));
      }
    });
    return found;
  }
}
