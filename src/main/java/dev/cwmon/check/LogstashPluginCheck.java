package dev.cwmon.check;

import dev.cwmon.bind.Names;
import dev.cwmon.logstash.PluginCatalog;
import dev.cwmon.model.Spec;
import dev.cwmon.model.Version;
import dev.cwmon.model.logging.Condition;
import dev.cwmon.model.logging.PluginBlock;
import dev.cwmon.model.logging.SettingValue;
import java.util.Set;

/**
 * Warns about plugins that Logstash's default distribution lacks (CW167), codecs included,
 * and about options that a well-known plugin's reference page does not list (CW168). Both are
 * warnings: a plugin may be installed separately, and only the common plugins' options are
 * known. The knowledge is of Logstash 8 and later; an older target is not checked.
 */
public final class LogstashPluginCheck implements Check {
  static final Version FIRST_KNOWN = Version.parse("8.0");

  @Override
  public void run(Spec spec, CheckContext context) {
    if (spec.logging() == null || !LogstashChecks.stackVersion(spec).atLeast(FIRST_KNOWN)) {
      return;
    }
    PluginCatalog catalog = PluginCatalog.bundled();
    PipelineWalk.walk(spec.logging().pipelines(), new PipelineWalk.Visitor() {
      @Override
      public void plugin(String section, PluginBlock plugin, String path) {
        check(catalog, section, plugin, path, context);
      }

      @Override
      public void condition(String section, Condition condition, String path) {}
    });
  }

  private static void check(PluginCatalog catalog, String kind, PluginBlock plugin,
      String path, CheckContext context) {
    if (!catalog.isBundled(kind, plugin.name())) {
      unknownPlugin(catalog, kind, plugin.name(), path, context);
      return;
    }
    Set<String> options = catalog.options(kind, plugin.name()).orElse(null);
    plugin.settings().forEach((name, value) -> {
      if (name.equals("codec") && value instanceof SettingValue.Text codec
          && !catalog.isBundled("codec", codec.value())) {
        unknownPlugin(catalog, "codec", codec.value(), path + "." + name, context);
      }
      if (options != null && !options.contains(name)) {
        String close = Names.didYouMean(name, options);
        context.warningAtKey("CW168", path + "." + name, kind + " " + plugin.name()
            + " has no option \"" + name + "\"", (close != null ? "did you mean " + close
            + "? " : "") + "logstash refuses to start with an unknown option; see the "
            + plugin.name() + " " + kind + " plugin's reference for its options");
      }
    });
  }

  private static void unknownPlugin(PluginCatalog catalog, String kind, String name,
      String path, CheckContext context) {
    String close = Names.didYouMean(name, catalog.plugins(kind));
    context.warning("CW167", path, kind + " plugin \"" + name + "\" is not in logstash's "
        + "default distribution", (close != null ? "did you mean " + close + "? " : "")
        + "if it is installed separately (bin/logstash-plugin install), silence this with "
        + "lint.silence: [{code: CW167, path: " + path + ", reason: ...}]");
  }
}
