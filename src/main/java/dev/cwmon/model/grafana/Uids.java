package dev.cwmon.model.grafana;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Dashboard uids, which are also file names ({@code dashboards/<uid>.json}). Grafana allows
 * letters, digits, {@code -} and {@code _}, at most 40 characters.
 */
public final class Uids {
  public static final int MAX_LENGTH = 40;
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1," + MAX_LENGTH + "}");

  private Uids() {}

  /** Whether an explicit uid is usable as Grafana uid and file name. */
  public static boolean isSafe(String uid) {
    return uid != null && SAFE.matcher(uid).matches();
  }

  /** The uid of a dashboard: its own, or a slug of its title. */
  public static String of(Dashboard dashboard) {
    return dashboard.uid() != null ? dashboard.uid() : slug(dashboard.title());
  }

  /**
   * {@code "CodeWeaver Production Dashboard"} becomes {@code codeweaver-production-dashboard}:
   * accents dropped, anything but letters and digits a single dash, at most 40 characters.
   * A title with nothing usable ({@code "../"}, {@code "/"}, {@code ""}) becomes
   * {@code dashboard}.
   */
  public static String slug(String title) {
    String plain = Normalizer.normalize(title, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (plain.length() > MAX_LENGTH) {
      plain = plain.substring(0, MAX_LENGTH).replaceAll("-+$", "");
    }
    return plain.isEmpty() ? "dashboard" : plain;
  }
}
