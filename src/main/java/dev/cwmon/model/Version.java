package dev.cwmon.model;

import java.util.Arrays;

/** A dotted version number such as {@code 0.25} or {@code 2.42.0}, compared numerically. */
public record Version(int major, int minor, int patch) implements Comparable<Version> {
  public Version {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("negative version part");
    }
  }

  /** Parses {@code MAJOR.MINOR[.PATCH]}; returns null for anything else. */
  public static Version parseOrNull(String text) {
    if (!text.matches("\\d{1,6}\\.\\d{1,6}(\\.\\d{1,6})?")) {
      return null;
    }
    int[] parts = Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray();
    return new Version(parts[0], parts[1], parts.length > 2 ? parts[2] : 0);
  }

  public static Version parse(String text) {
    Version v = parseOrNull(text);
    if (v == null) {
      throw new IllegalArgumentException("not a version: " + text);
    }
    return v;
  }

  public boolean atLeast(Version other) {
    return compareTo(other) >= 0;
  }

  @Override
  public int compareTo(Version o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(patch, o.patch);
  }

  @Override
  public String toString() {
    return major + "." + minor + (patch == 0 ? "" : "." + patch);
  }
}
