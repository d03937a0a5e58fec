package dev.cwmon.diag;

import java.util.Comparator;
import java.util.Objects;

/** A place in a spec file: the file as the user named it, 1-based line and column. */
public record Position(String file, int line, int column) implements Comparable<Position> {
  public static final Position UNKNOWN = new Position("", 0, 0);

  private static final Comparator<Position> ORDER =
      Comparator.comparing(Position::file)
          .thenComparingInt(Position::line)
          .thenComparingInt(Position::column);

  public Position {
    Objects.requireNonNull(file, "file");
  }

  /** The position {@code columns} characters further along the same line. */
  public Position plusColumns(int columns) {
    return new Position(file, line, column + columns);
  }

  @Override
  public int compareTo(Position other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    // A file with no line (one that is missing or unreadable) is named alone, as compilers do.
    return file.isEmpty() ? "<spec>" : line < 1 ? file : file + ":" + line + ":" + column;
  }
}
