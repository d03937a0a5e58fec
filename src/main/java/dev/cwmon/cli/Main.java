package dev.cwmon.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the cwmon command line; the only place that calls System.exit. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /**
   * The stack of the thread cwmon runs on. Parsers and checks recurse over expression trees,
   * and promtool accepts expressions thousands of levels deep (a long chain of "or"); the
   * stack is reserved, not used, until an input needs it.
   */
  private static final long STACK_BYTES = 1L << 29;

  /** Runs cwmon with the given writers and returns its exit code; tests call this directly. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int[] code = {ExitCodes.INTERNAL};
    Thread worker = new Thread(null, () -> code[0] = execute(args, out, err), "cwmon",
        STACK_BYTES);
    worker.start();
    boolean interrupted = false;
    while (worker.isAlive()) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return code[0];
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CwmonCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("cwmon: " + e.getMessage());
      err.println("  hint: run " + e.getCommandLine().getCommandSpec().qualifiedName()
          + " --help");
      err.flush();
      return ExitCodes.BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.subcommand() != null
          && parseResult.subcommand().hasMatchedOption("--verbose");
      if (e instanceof dev.cwmon.render.UserTemplateException t) {
        err.println(dev.cwmon.diag.SecretText.redact(t.format()));
        err.println("  hint: " + t.hint());
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      if (e instanceof java.io.IOException io) {
        err.println("cwmon: cannot write the output: " + describe(io));
        err.println("  hint: check the output folder and its permissions");
        err.flush();
        return ExitCodes.BAD_INPUT;
      }
      err.println("cwmon: internal error: " + dev.cwmon.diag.SecretText.redact(String.valueOf(e))
          + " (a bug in cwmon, not in your spec)");
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("  hint: run again with --verbose for the stack trace, and report it");
      }
      err.flush();
      return ExitCodes.INTERNAL;
    });
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      err.println("cwmon: internal error: " + e + " (a bug in cwmon, not in your spec)");
      err.println("  hint: run again with --verbose for the stack trace, and report it");
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }

  private static String describe(java.io.IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException f) {
      return f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
    }
    return String.valueOf(e.getMessage());
  }
}
