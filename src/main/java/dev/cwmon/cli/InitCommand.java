package dev.cwmon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cwmon init [DIR]}: writes a small commented starter spec that lints clean. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Write a commented starter spec, DIR/cwmon.yaml, that generates and lints "
        + "clean. Never overwrites an existing file.",
    footer = ExitCodes.HELP)
final class InitCommand implements Callable<Integer> {
  static final String FILE = "cwmon.yaml";

  @Spec picocli.CommandLine.Model.CommandSpec command;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = ".",
      description = "Folder to create the spec in (default: the current folder).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    Path target = dir.resolve(FILE);
    var err = command.commandLine().getErr();
    if (Files.exists(target)) {
      err.println("cwmon: refusing to overwrite " + target);
      err.println("  hint: edit it, or run cwmon init with another folder");
      return ExitCodes.REFUSED;
    }
    Files.createDirectories(dir);
    try (InputStream in = InitCommand.class.getResourceAsStream("/dev/cwmon/init/" + FILE)) {
      Files.write(target, in.readAllBytes(), StandardOpenOption.CREATE_NEW);
    } catch (FileAlreadyExistsException e) {
      err.println("cwmon: refusing to overwrite " + target);
      return ExitCodes.REFUSED;
    }
    var out = command.commandLine().getOut();
    out.println("wrote " + target);
    out.println("next: cwmon lint " + target + " && cwmon generate " + target + " -o out");
    out.flush();
    return ExitCodes.OK;
  }
}
