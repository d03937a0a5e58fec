package dev.cwmon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cwmon.testing.Cwmon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GettingStartedTest {
  @TempDir Path dir;

  private static String tool(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + output).isZero();
    return output;
  }

  @Test
  void initWritesAStarterSpecThatGeneratesFilesThePromtoolAndAmtoolAccept() throws Exception {
    Cwmon.Result init = Cwmon.run("init", dir.toString());
    Path out = dir.resolve("out");

    assertThat(init.exitCode()).isZero();
    assertThat(Cwmon.run("lint", dir.toString()).out()).contains("0 errors, 0 warnings");
    assertThat(Cwmon.run("lint", dir.toString(), "--env", "prod").exitCode()).isZero();
    assertThat(Cwmon.run("generate", dir.toString(), "-o", out.toString()).exitCode()).isZero();
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/promtool")),
        "promtool is not installed (apt-get install prometheus)");
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/amtool")),
        "amtool is not installed (apt-get install prometheus-alertmanager)");
    assertThat(tool("promtool", "check", "config", out.resolve("prometheus.yml").toString()))
        .contains("SUCCESS");
    assertThat(tool("amtool", "check-config", out.resolve("alertmanager.yml").toString()))
        .contains("SUCCESS");
  }

  @Test
  void initRefusesToOverwriteAnExistingSpecWithExit3() {
    Cwmon.write(dir.resolve("cwmon.yaml"), "name: mine\n");

    Cwmon.Result init = Cwmon.run("init", dir.toString());

    assertThat(init.exitCode()).isEqualTo(3);
    assertThat(init.err()).contains("refusing to overwrite");
    assertThat(Cwmon.read(dir.resolve("cwmon.yaml"))).isEqualTo("name: mine\n");
  }

  @Test
  void bashCompletionCompletesCommandsAndOptionValues() throws Exception {
    Cwmon.Result bash = Cwmon.run("completion", "bash");
    assertThat(bash.exitCode()).isZero();
    Path script = Cwmon.write(dir.resolve("cwmon.bash"), bash.out());
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");

    String replies = tool("bash", "-c", "source " + script + " 2>/dev/null; "
        + "COMP_WORDS=(cwmon gen); COMP_CWORD=1; _complete_cwmon; echo \"${COMPREPLY[@]}\"; "
        + "COMP_WORDS=(cwmon generate --format ''); COMP_CWORD=3; _complete_cwmon 2>/dev/null; "
        + "echo \"${COMPREPLY[@]}\"");

    assertThat(replies).isEqualTo("generate\nfiles kubernetes\n");
    assertThat(bash.out()).contains("--env", "--check", "init", "schema", "completion");
  }

  @Test
  void zshCompletionIsTheBashScriptThroughBashcompinit() throws Exception {
    Cwmon.Result zsh = Cwmon.run("completion", "zsh");

    assertThat(zsh.out()).contains("bashcompinit", "_complete_cwmon");
    assertThat(Cwmon.run("completion", "fish").exitCode()).isEqualTo(2);
    dev.cwmon.testing.Tools.assumeInstalled("zsh", "zsh");
    Path script = Cwmon.write(dir.resolve("cwmon.zsh"), zsh.out());
    // zsh runs the bash function through compgen -F, as its _bash_complete does, and filters
    // the replies by the word typed itself (compadd); COMP_WORDS is what _bash_complete sets.
    Path driver = Cwmon.write(dir.resolve("driver.zsh"), String.join("\n",
        "autoload -U +X compinit && compinit -u",
        "source " + script,
        "print -r -- \"registered: $_comps[cwmon]\"",
        "complete_at() {",
        "  COMP_WORDS=(\"$@\"); COMP_CWORD=$(( $# - 1 )); COMP_LINE=\"$*\"",
        "  COMP_POINT=${#COMP_LINE}; words=(\"$@\"); CURRENT=$#",
        "  print -r -- \"${(j: :)${(f)$(compgen -F _complete_cwmon -- \"${@[-1]}\")}}\"",
        "}",
        "print -r -- \"commands: $(complete_at cwmon gen)\"",
        "print -r -- \"options: $(complete_at cwmon generate --for)\"",
        "print -r -- \"formats: $(complete_at cwmon generate --format '')\"", ""));

    String replies = tool("zsh", "-f", driver.toString());

    assertThat(replies).contains("registered: _bash_complete -F _complete_cwmon")
        .containsPattern("commands: .*\\bgenerate\\b")
        .containsPattern("options: .*--format\\b")
        .contains("formats: files kubernetes");
  }

  @Test
  void manShowsEachCommandsTroffPageWithEveryOption() throws Exception {
    assertThat(Cwmon.run("manpage", "-o", dir.toString()).exitCode()).isZero();
    dev.cwmon.testing.Tools.assumeInstalled("groff", "groff-base");

    // -ww: every warning; troff prints them on stderr, which tool() merges into the output.
    String generate = tool("groff", "-man", "-Tascii", "-ww", dir.resolve("cwmon-generate.1")
        .toString()).replaceAll(".\b", "");
    String root = tool("groff", "-man", "-Tascii", "-ww", dir.resolve("cwmon.1").toString())
        .replaceAll(".\b", "");

    assertThat(generate).startsWith("CWMON-GENERATE(1)").doesNotContain("troff:")
        .contains("NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "EXIT STATUS")
        .contains("--format=FORMAT", "--force", "--check", "--max-aliases=N", "-o, --output=DIR")
        .contains("3  refused to overwrite");
    assertThat(root).doesNotContain("troff:").contains("COMMANDS", "See cwmon-generate(1)",
        "See cwmon-routes(1)");
  }

  @Test
  void theManPagesInDocsAreThoseTheCommandsGenerate() throws IOException {
    Path committed = Cwmon.repo().resolve("docs/man");
    Cwmon.Result run = Cwmon.run("manpage", "-o", dir.toString());

    assertThat(run.exitCode()).isZero();
    List<String> names = names(dir);
    assertThat(names).contains("cwmon.adoc", "cwmon-generate.adoc", "cwmon-init.adoc");
    assertThat(names(committed)).as("run: cwmon manpage -o docs/man").isEqualTo(names);
    for (String name : names) {
      assertThat(Cwmon.read(committed.resolve(name))).as("docs/man/" + name
          + " is stale; run: cwmon manpage -o docs/man").isEqualTo(Cwmon.read(dir.resolve(name)));
    }
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
