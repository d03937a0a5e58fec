package dev.cwmon.check;

import dev.cwmon.model.FileName;
import dev.cwmon.model.Spec;
import java.util.regex.Pattern;

/**
 * Every value marked {@link FileName} is one plain, portable file name, so that no spec can
 * make cwmon write outside its output folder ({@code ../x}, {@code /etc/x}, {@code a/../../b}).
 */
public final class FileNameCheck implements Check {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,199}");

  @Override
  public void run(Spec spec, CheckContext ctx) {
    SpecWalk.walk(spec, (at, component, key, value) -> {
      if (component == null || !component.isAnnotationPresent(FileName.class)
          || isPlain(value) || ctx.diagnostics().reported("CW130", at.toString())) {
        return;
      }
      String path = at.toString();
      ctx.error("CW130", path, "\"" + printable(value) + "\" cannot be a file name",
          "use letters, digits, ., _ and -, not starting with a dot, and no / or ..");
    });
  }

  /** Whether {@code name} is one path segment of letters, digits, dots, _ and -. */
  public static boolean isPlain(String name) {
    return PLAIN.matcher(name).matches() && !name.contains("..");
  }

  private static String printable(String value) {
    String shown = value.replaceAll("\\p{Cntrl}", "?");
    return shown.length() > 80 ? shown.substring(0, 80) + "..." : shown;
  }
}
