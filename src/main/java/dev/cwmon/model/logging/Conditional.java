package dev.cwmon.model.logging;

import dev.cwmon.model.Key;
import dev.cwmon.model.Required;
import java.util.List;

/** {@code if}, any number of {@code else if}, and an optional {@code else}. */
public record Conditional(
    @Key("if") @Required Condition condition,
    @Required List<Statement> then,
    @Key("else_if") List<Branch> elseIf,
    @Key("else") List<Statement> otherwise,
    String comment) implements Statement {
  /** One {@code else if}: {@code {if: '[x] < 1.0', then: [...]}}. */
  public record Branch(@Key("if") @Required Condition condition, @Required List<Statement> then) {
    public Branch {
      then = List.copyOf(then);
    }
  }

  public Conditional {
    then = List.copyOf(then);
    elseIf = List.copyOf(elseIf);
    otherwise = List.copyOf(otherwise);
  }
}
