package dev.cwmon.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InvalidTemplatesTest {
  static List<InvalidCase> cases() {
    return InvalidCase.ALL;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachInvalidTemplateReportsOneProblemWithGoMessageAndPosition(InvalidCase c) {
    List<TemplateProblem> problems = GoTemplate.check(c.text(), c.dialect());

    assertThat(problems).hasSize(1);
    TemplateProblem problem = problems.get(0);
    assertThat(problem.message()).isEqualTo(c.message());
    assertThat(problem.line() + ":" + problem.column()).isEqualTo(c.position());
    String[] linesBefore = c.text().substring(0, problem.offset()).split("\n", -1);
    assertThat(linesBefore).hasSize(problem.line());
    assertThat(linesBefore[linesBefore.length - 1].length() + 1).isEqualTo(problem.column());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void parseThrowsOnlyTemplateExceptionForSyntaxErrors(InvalidCase c) {
    if (!c.parseError()) {
      return;
    }
    try {
      GoTemplate.parse(c.text(), c.dialect());
      throw new AssertionError("parsed " + c.text());
    } catch (TemplateException e) {
      assertThat(e.problem().message()).isEqualTo(c.message());
    }
  }

  @org.junit.jupiter.api.Test
  void suiteHoldsAtLeastFortyCases() {
    assertThat(InvalidCase.ALL).hasSizeGreaterThanOrEqualTo(40);
  }
}
