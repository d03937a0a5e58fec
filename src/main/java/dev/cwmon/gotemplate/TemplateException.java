package dev.cwmon.gotemplate;

import java.util.Objects;

/** The only exception this package throws for bad template text; it carries the problem. */
public final class TemplateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient TemplateProblem problem;

  TemplateException(TemplateProblem problem) {
    super(Objects.requireNonNull(problem, "problem").toString());
    this.problem = problem;
  }

  public TemplateProblem problem() {
    return problem;
  }
}
