package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRefTest {
  @Test
  void bracketPathParsesIntoSegments() {
    assertThat(FieldRef.parse("[@metadata][index_prefix]").path())
        .containsExactly("@metadata", "index_prefix");
  }

  @Test
  void bareNameIsATopLevelField() {
    assertThat(FieldRef.parse("message")).isEqualTo(FieldRef.of("message"));
  }

  @Test
  void printWritesBracketForm() {
    assertThat(FieldRef.of("fields", "service").print()).isEqualTo("[fields][service]");
    assertThat(FieldRef.parse("[a b][c.d]").print()).isEqualTo("[a b][c.d]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "[]", "[a", "[a]b", "[a][", "[a,b]", "[[a]]", "a]", "[a]]"})
  void malformedReferenceIsRejected(String text) {
    assertThatThrownBy(() -> FieldRef.parse(text)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void segmentWithBracketIsRejectedWhenBuilt() {
    assertThatThrownBy(() -> FieldRef.of("a]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field reference segment \"a]\" contains ']'");
  }
}
