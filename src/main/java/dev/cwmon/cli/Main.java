package dev.cwmon.cli;

/** Entry point of the cwmon command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(0);
  }
}
