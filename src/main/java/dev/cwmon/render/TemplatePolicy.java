package dev.cwmon.render;

import dev.cwmon.diag.Position;
import freemarker.template.Template;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What user templates may not do beyond FreeMarker's safe settings: evaluate text as FTL with
 * {@code ?eval} or {@code ?interpret}, which would turn spec data into template code. The
 * check reads the template's canonical form, so spacing such as {@code x ? eval} is caught.
 */
final class TemplatePolicy {
  private static final Pattern FORBIDDEN = Pattern.compile("\\?\\s*(eval|interpret)\\b(?!_)");

  private TemplatePolicy() {}

  @SuppressWarnings("deprecation")
  static void check(Template template, String file) {
    Matcher canonical = FORBIDDEN.matcher(template.getRootTreeNode().getCanonicalForm());
    if (!canonical.find()) {
      return;
    }
    String source;
    try {
      source = java.nio.file.Files.readString(java.nio.file.Path.of(file));
    } catch (java.io.IOException e) {
      source = "";
    }
    Matcher m = FORBIDDEN.matcher(source);
    Position at = new Position(file, 1, 1);
    if (m.find()) {
      String before = source.substring(0, m.start());
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      at = new Position(file, line, m.start() - before.lastIndexOf('\n'));
    }
    throw new UserTemplateException(at, "template " + template.getSourceName() + " uses ?"
        + canonical.group(1) + ", which is not allowed: it would run spec data as template code",
        "write the value out with [=x]; escaping is automatic");
  }
}
