package dev.cwmon.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs cwmon's built classes in a child JVM, so that tests can change what a process alone
 * has: the Java version, locale, time zone, working folder, or being killed.
 */
public final class ChildCwmon {
  private final Path java;
  private final List<String> jvmArgs = new ArrayList<>();
  private final Map<String, String> env = new HashMap<>();
  private Path workDir = Cwmon.repo();

  private ChildCwmon(Path java) {
    this.java = java;
  }

  /** The Java that runs the tests. */
  public static ChildCwmon current() {
    return new ChildCwmon(Path.of(System.getProperty("java.home"), "bin", "java"));
  }

  public static ChildCwmon with(Path java) {
    return new ChildCwmon(java);
  }

  public ChildCwmon jvmArg(String arg) {
    jvmArgs.add(arg);
    return this;
  }

  public ChildCwmon env(String name, String value) {
    env.put(name, value);
    return this;
  }

  public ChildCwmon in(Path dir) {
    workDir = dir;
    return this;
  }

  /** Starts cwmon with {@code args}; output goes to files in {@code logs}. */
  public Process start(Path logs, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.addAll(jvmArgs);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("dev.cwmon.cli.Main");
    command.addAll(List.of(args));
    Files.createDirectories(logs);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectOutput(logs.resolve("stdout").toFile())
        .redirectError(logs.resolve("stderr").toFile());
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Runs cwmon to its end: exit code, stdout and stderr. */
  public Cwmon.Result run(Path logs, String... args) throws IOException, InterruptedException {
    Process p = start(logs, args);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("cwmon did not finish in 120 s");
    }
    return new Cwmon.Result(p.exitValue(),
        Files.readString(logs.resolve("stdout"), StandardCharsets.UTF_8),
        Files.readString(logs.resolve("stderr"), StandardCharsets.UTF_8));
  }
}
