package dev.cwmon.logstash;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A conditional: {@code if}, any number of {@code else if}, and an optional {@code else}.
 * Comments between a closing brace and {@code else} are not kept.
 */
public record If(List<Branch> branches, Optional<Block> otherwise, List<String> comments)
    implements Statement {
  /** A condition and the statements it guards. */
  public record Branch(Expr condition, Block body) {
    public Branch {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(body, "body");
    }
  }

  public If {
    branches = List.copyOf(branches);
    if (branches.isEmpty()) {
      throw new IllegalArgumentException("an if needs at least one branch");
    }
    Objects.requireNonNull(otherwise, "otherwise");
    comments = Comments.copy(comments);
  }

  public static If of(Expr condition, Statement... body) {
    return new If(List.of(new Branch(condition, Block.of(body))), Optional.empty(), List.of());
  }
}
