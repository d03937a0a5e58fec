package dev.cwmon.bind;

import dev.cwmon.model.Key;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Locale;

/** Spec key names of record components, and the nearest known name for a misspelt key. */
public final class Names {
  private Names() {}

  /** {@code scrapeInterval} is written {@code scrape_interval}; {@link Key} overrides it. */
  public static String keyOf(RecordComponent component) {
    Key key = component.getAnnotation(Key.class);
    return key != null ? key.value() : snakeCase(component.getName());
  }

  static String snakeCase(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        out.append('_').append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The candidate closest to {@code word} when close enough to be a likely typo, else null. */
  public static String didYouMean(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String lower = word.toLowerCase(Locale.ROOT);
    for (String candidate : candidates) {
      int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
      boolean earlier = best != null && candidate.compareTo(best) < 0;
      if (d < bestDistance || d == bestDistance && earlier) {
        best = candidate;
        bestDistance = d;
      }
    }
    int allowed = Math.max(2, word.length() / 3);
    return bestDistance <= allowed ? best : null;
  }

  /** Levenshtein distance, capped for long words to keep lookups cheap. */
  static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 8 || a.length() > 200 || b.length() > 200) {
      return Integer.MAX_VALUE;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
