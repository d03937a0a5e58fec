package dev.cwmon.check.semantic;

import dev.cwmon.check.CheckContext;
import dev.cwmon.check.Queries;
import dev.cwmon.check.QueryIndex;
import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Severity;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reports a finding at a place inside a query's text. */
final class Finding {
  private Finding() {}

  static void report(CheckContext ctx, Severity severity, String code, Queries.Query q,
      int offset, String message, String hint) {
    ctx.diagnostics().add(new Diagnostic(code, severity, q.path(), QueryIndex.at(q, offset, ctx),
        message, hint));
  }

  /**
   * Where {@code word} is written as a whole word in {@code text} between {@code from} and
   * {@code to}, or {@code fallback} when it is not.
   */
  static int find(String text, int from, int to, String word, int fallback) {
    int end = Math.min(Math.max(to, from), text.length());
    Matcher m = Pattern.compile("(?<![A-Za-z0-9_:])" + Pattern.quote(word) + "(?![A-Za-z0-9_])")
        .matcher(text).region(Math.max(0, Math.min(from, end)), end);
    return m.find() ? m.start() : fallback;
  }
}
