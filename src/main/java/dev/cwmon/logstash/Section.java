package dev.cwmon.logstash;

import java.util.List;
import java.util.Objects;

/** One {@code input}, {@code filter} or {@code output} block of a pipeline file. */
public record Section(Kind kind, Block body, List<String> comments) {
  /** The three section keywords. */
  public enum Kind {
    INPUT("input"),
    FILTER("filter"),
    OUTPUT("output");

    private final String keyword;

    Kind(String keyword) {
      this.keyword = keyword;
    }

    public String keyword() {
      return keyword;
    }

    static Kind fromKeyword(String word) {
      for (Kind kind : values()) {
        if (kind.keyword.equals(word)) {
          return kind;
        }
      }
      return null;
    }
  }

  public Section {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    comments = Comments.copy(comments);
  }

  public static Section of(Kind kind, Statement... statements) {
    return new Section(kind, Block.of(statements), List.of());
  }
}
