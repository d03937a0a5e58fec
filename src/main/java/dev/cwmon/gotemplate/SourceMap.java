package dev.cwmon.gotemplate;

import java.util.ArrayList;
import java.util.List;

/** Turns 0-based offsets into 1-based line and column numbers for one template text. */
final class SourceMap {
  private final int[] lineStarts;
  private final int length;

  SourceMap(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    this.length = text.length();
  }

  TemplateProblem problem(int offset, String message) {
    int at = clamp(offset);
    int line = lineOf(at);
    return new TemplateProblem(at, line + 1, at - lineStarts[line] + 1, message);
  }

  LabelReference reference(String name, int offset) {
    int at = clamp(offset);
    int line = lineOf(at);
    return new LabelReference(name, at, line + 1, at - lineStarts[line] + 1);
  }

  private int clamp(int offset) {
    return Math.max(0, Math.min(offset, length));
  }

  private int lineOf(int offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }
}
