package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConditionTest {
  private static Expr condition(String text) {
    Pipeline pipeline = LogstashParser.parse("filter { if " + text + " { drop {} } }", "t.conf");
    return Walk.conditions(pipeline).get(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "[a] == \"x\"", "[a] != 1", "[a] < 1.5", "[a] > -1", "[a] <= 0", "[a] >= 10",
      "[a] =~ /^x\\/y$/", "[a] !~ /z/", "[a] =~ \"pattern\"",
      "\"error\" in [tags]", "[level] in [\"ERROR\", \"CRITICAL\"]", "[a] not in [b]",
      "[a] and [b] or [c]", "[a] xor [b]", "[a] nand [b]",
      "![a]", "!([a] and [b])", "([a] or [b]) and [c]", "[a] and ([b] or [c])",
      "[@metadata][index_prefix]", "[fields][service] == \"codeweaver\"",
      "!(![a])", "[a] in []", "\"x\"", "1", "[x] in [[\"a\", \"b\"]]"})
  void canonicalConditionPrintsAsItWasWritten(String text) {
    assertThat(LogstashPrinter.printCondition(condition(text))).isEqualTo(text);
  }

  @Test
  void operatorsWithoutSpacesParse() {
    assertThat(condition("[a]==\"x\"and![b]"))
        .isEqualTo(BoolChain.of(new Compare(FieldRef.of("a"), Compare.Op.EQ, Str.of("x")),
            BoolChain.Op.AND, new Not(FieldRef.of("b"))));
  }

  @Test
  void booleanOperatorsStayAFlatChainAsTheGrammarReadsThem() {
    Expr chain = condition("[a] or [b] and [c]");

    assertThat(chain).isEqualTo(new BoolChain(FieldRef.of("a"), List.of(
        new BoolChain.Link(BoolChain.Op.OR, FieldRef.of("b")),
        new BoolChain.Link(BoolChain.Op.AND, FieldRef.of("c")))));
  }

  @Test
  void parenthesesAroundOneExpressionAreDropped() {
    assertThat(condition("([date] == \"DATE\")"))
        .isEqualTo(new Compare(FieldRef.of("date"), Compare.Op.EQ, Str.of("DATE")));
  }

  @Test
  void bareFieldReferenceIsATruthinessTest() {
    assertThat(condition("[query]")).isEqualTo(FieldRef.of("query"));
  }

  @Test
  void oneElementListIsReadAsAFieldReferenceLikeLogstashDoes() {
    assertThat(condition("[level] in [\"ERROR\"]"))
        .isEqualTo(new In(FieldRef.of("level"), false, FieldRef.of("\"ERROR\"")));
  }

  @Test
  void inAgainstOneElementListIsPrintedAsEquality() {
    Expr in = new In(FieldRef.of("level"), false, Arr.ofStrings("ERROR"));
    Expr notIn = new In(FieldRef.of("level"), true, Arr.of(Bareword.of("WARN")));

    assertThat(LogstashPrinter.printCondition(in)).isEqualTo("[level] == \"ERROR\"");
    assertThat(LogstashPrinter.printCondition(notIn)).isEqualTo("[level] != \"WARN\"");
    assertThat(condition(LogstashPrinter.printCondition(in)))
        .isEqualTo(new Compare(FieldRef.of("level"), Compare.Op.EQ, Str.of("ERROR")));
  }

  @Test
  void oneElementListThatLogstashReadsAsAListBecomesEquality() {
    assertThat(condition("[x] not in [\"a,b\"]"))
        .isEqualTo(new Compare(FieldRef.of("x"), Compare.Op.NE, Str.of("a,b")));
  }

  @Test
  void listThatWouldReadAsAFieldReferenceIsRefused() {
    Expr compare = new Compare(FieldRef.of("a"), Compare.Op.EQ, Arr.ofStrings("x"));
    Expr in = new In(FieldRef.of("a"), false, Arr.ofStrings("x]", "y"));

    assertThatThrownBy(() -> LogstashPrinter.printCondition(compare))
        .isInstanceOf(UnrepresentableValueException.class)
        .hasMessageContaining("read as a field reference");
    assertThatThrownBy(() -> LogstashPrinter.printCondition(in))
        .isInstanceOf(UnrepresentableValueException.class);
  }

  @Test
  void nestedChainIsParenthesised() {
    Expr nested = BoolChain.of(BoolChain.of(FieldRef.of("a"), BoolChain.Op.OR,
        FieldRef.of("b")), BoolChain.Op.AND, new Not(new In(Str.of("x"), false,
        FieldRef.of("tags"))));

    assertThat(LogstashPrinter.printCondition(nested))
        .isEqualTo("([a] or [b]) and !(\"x\" in [tags])");
  }

  @Test
  void xorMixedWithAnotherOperatorIsRejectedAsLogstashCannotCompileIt() {
    assertThatThrownBy(() -> condition("[a] and [b] xor [c]"))
        .isInstanceOf(LogstashParseException.class)
        .hasMessage("t.conf:1:25: logstash cannot combine xor or nand with another boolean"
            + " operator in one condition; add parentheses");
    assertThat(condition("[a] and ([b] xor [c])")).isInstanceOf(BoolChain.class);
  }

  @Test
  void negationOfAComparisonNeedsParentheses() {
    assertThatThrownBy(() -> condition("![a] == 1"))
        .isInstanceOf(LogstashParseException.class)
        .hasMessageContaining("expected \"{\" after the condition of \"if\"");
  }

  @Test
  void elseIfAndElseBranchesRoundTrip() {
    String source = "filter {\n"
        + "  if [t] < 0.1 {\n    mutate {}\n  } else if [t] < 1.0 {\n    drop {}\n"
        + "  } else {\n  }\n}\n";
    Pipeline pipeline = RoundTrip.check(source, "branches.conf");

    If conditional = (If) pipeline.sections().get(0).body().statements().get(0);
    assertThat(conditional.branches()).hasSize(2);
    assertThat(conditional.otherwise()).contains(Block.of());
  }
}
