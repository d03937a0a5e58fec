package dev.cwmon.cli;

/** The exit codes of every cwmon command; they are part of its interface for CI. */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int FINDINGS = 1;
  public static final int BAD_INPUT = 2;
  public static final int REFUSED = 3;
  public static final int INTERNAL = 4;

  static final String HELP = "%nExit codes:%n"
      + "  0  success, no errors%n"
      + "  1  lint errors (or warnings with --strict), drift with --check, failed tests%n"
      + "  2  unusable input or usage: the spec has errors, nothing was written%n"
      + "  3  refused to overwrite a file cwmon did not generate (use --force)%n"
      + "  4  internal error: a bug in cwmon (run with --verbose for details)%n";

  private ExitCodes() {}
}
