package dev.cwmon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * A command's man page in troff with the man macros, built from its picocli model: what
 * {@code man ./cwmon-generate.1} shows without asciidoctor. No date is written, so that the
 * pages are the same bytes on every run.
 */
final class Troff {
  private Troff() {}

  /** The file name of a command's page: cwmon.1, cwmon-generate.1, cwmon-routes-test.1. */
  static String fileName(CommandSpec spec) {
    return spec.qualifiedName("-") + ".1";
  }

  static String page(CommandSpec spec) {
    String name = spec.qualifiedName("-");
    String version = spec.version().length > 0 ? spec.version()[0] : "";
    StringBuilder out = new StringBuilder();
    out.append(".TH ").append(quoted(name.toUpperCase(Locale.ROOT))).append(" 1 \"\" ")
        .append(quoted(version)).append(" \"Cwmon Manual\"\n");
    out.append(".SH NAME\n").append(text(name)).append(" \\- ")
        .append(text(firstSentence(description(spec)))).append('\n');
    out.append(".SH SYNOPSIS\n").append(".nf\n")
        .append(lines(usage(new CommandLine.Help(spec,
            CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF)).synopsis(0))))
        .append(".fi\n");
    out.append(".SH DESCRIPTION\n").append(lines(description(spec)));
    List<PositionalParamSpec> positionals = spec.positionalParameters().stream()
        .filter(p -> !p.hidden()).toList();
    if (!positionals.isEmpty()) {
      out.append(".SH ARGUMENTS\n");
      for (PositionalParamSpec p : positionals) {
        out.append(".TP\n").append("\\fI").append(text(p.paramLabel())).append("\\fR\n")
            .append(lines(String.join(" ", p.description())));
      }
    }
    List<OptionSpec> options = spec.options().stream().filter(o -> !o.hidden()).toList();
    if (!options.isEmpty()) {
      out.append(".SH OPTIONS\n");
      for (OptionSpec o : options) {
        out.append(".TP\n").append(optionLine(o)).append('\n')
            .append(lines(String.join(" ", o.description())
                .replace("${DEFAULT-VALUE}", String.valueOf(o.defaultValue()))));
      }
    }
    if (!spec.subcommands().isEmpty()) {
      out.append(".SH COMMANDS\n");
      spec.subcommands().forEach((sub, line) -> {
        if (!line.getCommandSpec().usageMessage().hidden()
            && sub.equals(line.getCommandName())) {
          out.append(".TP\n").append("\\fB").append(text(sub)).append("\\fR\n")
              .append(lines(description(line.getCommandSpec())))
              .append("See \\fB").append(text(line.getCommandSpec().qualifiedName("-")))
              .append("\\fR(1).\n");
        }
      });
    }
    String footer = String.join("\n", spec.usageMessage().footer());
    if (!footer.isBlank()) {
      out.append(".SH EXIT STATUS\n").append(".nf\n")
          .append(lines(String.format(footer).strip().replaceFirst("^Exit codes:\\s*", "")
              .lines().map(String::strip).collect(java.util.stream.Collectors.joining("\n"))))
          .append(".fi\n");
    }
    return out.toString();
  }

  private static String description(CommandSpec spec) {
    return String.join(" ", spec.usageMessage().description());
  }

  private static String firstSentence(String description) {
    int end = description.indexOf(". ");
    return end < 0 ? description.replaceAll("\\.$", "") : description.substring(0, end);
  }

  /** The synopsis without its "Usage: " and without ANSI styles. */
  private static String usage(String synopsis) {
    return synopsis.replaceAll("\u001B\\[[0-9;]*m", "").replaceFirst("^Usage: ", "")
        .stripTrailing();
  }

  private static String optionLine(OptionSpec o) {
    List<String> names = new ArrayList<>();
    for (String n : o.names()) {
      names.add("\\fB" + text(n) + "\\fR");
    }
    String line = String.join(", ", names);
    if (o.arity().max() > 0) {
      line += "=\\fI" + text(o.paramLabel()) + "\\fR";
    }
    return line;
  }

  /** Text as troff lines: escapes, and no line that starts with a control character. */
  private static String lines(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String t = text(line);
      if (t.startsWith(".") || t.startsWith("'")) {
        t = "\\&" + t;
      }
      out.append(t).append('\n');
    }
    return out.toString();
  }

  /** Escapes for running text: a backslash is \e, a hyphen of an option or word is \-. */
  static String text(String s) {
    return s.replace("\\", "\\e").replace("-", "\\-");
  }

  private static String quoted(String s) {
    return "\"" + text(s).replace("\"", "\\(dq") + "\"";
  }

  /** The model of every command below {@code root}, root first, each once. */
  static List<CommandSpec> all(CommandLine root) {
    List<CommandSpec> out = new ArrayList<>();
    collect(root.getCommandSpec(), out);
    return out;
  }

  private static void collect(CommandSpec spec, List<CommandSpec> out) {
    out.add(spec);
    spec.subcommands().forEach((name, line) -> {
      if (name.equals(line.getCommandName()) && !line.getCommandSpec().usageMessage().hidden()) {
        collect(line.getCommandSpec(), out);
      }
    });
  }
}
