package dev.cwmon.cli;

import dev.cwmon.diag.Diagnostic;

/**
 * GitHub Actions workflow commands ({@code ::error file=F,line=L,col=C,title=T::message}) that
 * put each diagnostic on the pull request's diff.
 */
final class GithubAnnotations {
  private GithubAnnotations() {}

  static String line(Diagnostic d) {
    String command = d.isSilenced() ? "notice" : switch (d.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
    StringBuilder out = new StringBuilder("::").append(command)
        .append(" file=").append(property(d.position().file()));
    if (d.position().line() > 0) {
      out.append(",line=").append(d.position().line())
          .append(",col=").append(Math.max(1, d.position().column()));
    }
    out.append(",title=").append(property(d.code()));
    String text = d.message() + (d.hint().isEmpty() ? "" : "\nhint: " + d.hint())
        + (d.isSilenced() ? "\nsilenced: " + d.silencedBecause() : "");
    return out.append("::").append(data(text)).toString();
  }

  /** Escapes a message as the runner expects: percent, carriage return and newline. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value: as data, plus the separators colon and comma. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
