package dev.cwmon.check;

import dev.cwmon.model.Spec;
import dev.cwmon.model.rules.Rule;
import java.util.ArrayList;
import java.util.List;

/** Every PromQL expression of a spec with its spec path: rule expressions, then others. */
public final class Queries {
  private Queries() {}

  /** One expression and where it is written; {@code rule} is null outside rule files. */
  public record Query(String path, String expr, Rule rule) {}

  public static List<Query> of(Spec spec) {
    List<Query> out = new ArrayList<>();
    for (int f = 0; f < spec.rules().size(); f++) {
      var groups = spec.rules().get(f).groups();
      for (int g = 0; g < groups.size(); g++) {
        List<Rule> rules = groups.get(g).rules();
        for (int r = 0; r < rules.size(); r++) {
          String path = "rules[" + f + "].groups[" + g + "].rules[" + r + "].expr";
          out.add(new Query(path, rules.get(r).expr(), rules.get(r)));
        }
      }
    }
    return out;
  }
}
