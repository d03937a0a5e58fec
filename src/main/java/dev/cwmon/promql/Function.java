package dev.cwmon.promql;

import java.util.List;
import java.util.Objects;

/**
 * The signature of a built-in function. {@code variadic} is 0 when every argument is
 * required, n when the last n may be left out, and -1 when the last may repeat without end.
 */
public record Function(
    String name, List<ValueType> argTypes, int variadic, ValueType returnType) {
  public Function {
    Objects.requireNonNull(name, "name");
    argTypes = List.copyOf(argTypes);
    Objects.requireNonNull(returnType, "returnType");
    if (variadic < -1 || (variadic != 0 && argTypes.isEmpty())) {
      throw new IllegalArgumentException("bad variadic count for " + name + ": " + variadic);
    }
  }

  public int minArgs() {
    return variadic == 0 ? argTypes.size() : argTypes.size() - 1;
  }

  public int maxArgs() {
    return variadic < 0 ? Integer.MAX_VALUE : minArgs() + variadic;
  }

  /** The type argument {@code index} must have; extra variadic arguments repeat the last. */
  public ValueType argType(int index) {
    return argTypes.get(Math.min(index, argTypes.size() - 1));
  }
}
