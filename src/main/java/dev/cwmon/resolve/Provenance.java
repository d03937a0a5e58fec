package dev.cwmon.resolve;

import dev.cwmon.diag.Diagnostic;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the parts of a resolved spec came from. Resolve inserts generated parts into the
 * model (the incident route becomes {@code alertmanager.route.routes[0]}, the SLO rules
 * {@code rules[2]}); a diagnostic on them names the construct they came from
 * ({@code playbooks}, {@code slos[1]}), and the spec's own routes keep the paths they are
 * written at ({@code routes[1]} of the model is {@code routes[0]} of the spec).
 */
public final class Provenance {
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private final Map<String, String> origins = new HashMap<>();
  private final Map<String, Integer> insertedAtFront = new HashMap<>();

  /** The provenance of a spec that resolve left as it is. */
  public static Provenance none() {
    return new Provenance();
  }

  /** Records that the part at {@code modelPath} was generated from {@code origin}. */
  void generated(String modelPath, String origin) {
    origins.put(modelPath, origin);
  }

  /** Records that {@code count} generated elements were put before the list's own. */
  void insertedAtFront(String listPath, int count) {
    insertedAtFront.merge(listPath, count, Integer::sum);
  }

  /** Whether the path lies in a generated part, which has no text of its own in the spec. */
  public boolean isGenerated(String modelPath) {
    return origin(modelPath) != null;
  }

  /**
   * The spec path of a model path: the origin of a generated part, else the path with list
   * indexes counted as the spec writes them.
   */
  public String specPath(String modelPath) {
    String origin = origin(modelPath);
    if (origin != null) {
      return origin;
    }
    if (insertedAtFront.isEmpty()) {
      return modelPath;
    }
    StringBuilder out = new StringBuilder();
    Matcher m = INDEX.matcher(modelPath);
    int last = 0;
    while (m.find()) {
      int shift = insertedAtFront.getOrDefault(modelPath.substring(0, m.start()), 0);
      out.append(modelPath, last, m.start())
          .append('[').append(Integer.parseInt(m.group(1)) - shift).append(']');
      last = m.end();
    }
    return out.append(modelPath.substring(last)).toString();
  }

  /** The diagnostic with its spec path. */
  public Diagnostic toSpec(Diagnostic d) {
    String path = specPath(d.path());
    return path.equals(d.path()) ? d : new Diagnostic(d.code(), d.severity(), path,
        d.position(), d.message(), d.hint(), d.silencedBecause());
  }

  private String origin(String path) {
    if (origins.isEmpty()) {
      return null;
    }
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      String origin = origins.get(p);
      if (origin != null) {
        return origin;
      }
    }
    return null;
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
