package dev.cwmon.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.PlainTextOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Fills the FreeMarker templates of {@code templates/} (or a folder given with
 * {@code --templates}) with document trees. Interpolation is written {@code [=x]} so that the
 * {@code ${VAR}} and {@code {{ }}} of the target formats pass through template text untouched;
 * templates run with FreeMarker's safe settings (no {@code ?new} of arbitrary classes, no
 * {@code ?api}).
 */
public final class Renderer {
  private final Configuration config;

  public Renderer(Path templateDir) {
    this.config = configure(templateDir);
  }

  private static Configuration configure(Path templateDir) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    TemplateLoader builtIn = new ClassTemplateLoader(Renderer.class, "/templates");
    if (templateDir == null) {
      c.setTemplateLoader(builtIn);
    } else {
      try {
        c.setTemplateLoader(new MultiTemplateLoader(
            new TemplateLoader[] {new FileTemplateLoader(templateDir.toFile()), builtIn}));
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot read templates in " + templateDir, e);
      }
    }
    c.setDefaultEncoding("UTF-8");
    c.setOutputEncoding("UTF-8");
    c.setLocale(Locale.ROOT);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setBooleanFormat("c");
    c.setInterpolationSyntax(Configuration.SQUARE_BRACKET_INTERPOLATION_SYNTAX);
    c.setRegisteredCustomOutputFormats(
        List.of(EscapingFormat.YAML, EscapingFormat.JSON, EscapingFormat.LOGSTASH));
    c.setOutputFormat(PlainTextOutputFormat.INSTANCE);
    c.setRecognizeStandardFileExtensions(false);
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setAPIBuiltinEnabled(false);
    c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    c.setLocalizedLookup(false);
    DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setExposeFields(false);
    c.setObjectWrapper(wrapper.build());
    c.setSharedVariable("yaml", new YamlDirective());
    c.setSharedVariable("json", new JsonDirective());
    return c;
  }

  /** Renders template {@code name} with {@code model}; template errors are cwmon's bugs. */
  public String render(String name, Map<String, Object> model) {
    try {
      Template template = config.getTemplate(name);
      StringWriter out = new StringWriter();
      template.process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new RenderException(name, e);
    }
  }

  /** A template could not be read or failed while rendering. */
  public static final class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RenderException(String template, Exception cause) {
      super("template " + template + " failed: " + firstLine(cause.getMessage()), cause);
    }

    private static String firstLine(String text) {
      if (text == null) {
        return "";
      }
      int nl = text.indexOf('\n');
      return nl < 0 ? text : text.substring(0, nl);
    }
  }
}
