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
  private final Path templateDir;
  private final Map<String, String> userRendered = new java.util.IdentityHashMap<>();

  public Renderer(Path templateDir) {
    this.templateDir = templateDir;
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
    DefaultObjectWrapperBuilder wrapper =
        new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
    wrapper.setExposeFields(false);
    c.setObjectWrapper(wrapper.build());
    c.setSharedVariable("yaml", new YamlDirective());
    c.setSharedVariable("json", new JsonDirective());
    return c;
  }

  /**
   * Renders template {@code name} with {@code model}. A failure in a template of the user's
   * folder is a {@link UserTemplateException}; in a built-in one it is cwmon's bug.
   */
  public String render(String name, Map<String, Object> model) {
    try {
      Template template = config.getTemplate(name);
      if (isUserTemplate(template.getSourceName())) {
        TemplatePolicy.check(template, userFile(template.getSourceName()));
      }
      StringWriter out = new StringWriter();
      template.process(model, out);
      String text = out.toString();
      if (isUserTemplate(template.getSourceName())) {
        userRendered.put(text, template.getSourceName());
      }
      return text;
    } catch (freemarker.core.ParseException e) {
      throw userError(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(),
          e.getEditorMessage(), name, e);
    } catch (TemplateException e) {
      throw userError(e.getTemplateSourceName(), nonNull(e.getLineNumber()),
          nonNull(e.getColumnNumber()), e.getMessageWithoutStackTop(), name, e);
    } catch (IOException e) {
      throw new RenderException(name, e);
    } catch (StackOverflowError e) {
      if (!isUserTemplate(name)) {
        throw e;
      }
      throw new UserTemplateException(new dev.cwmon.diag.Position(userFile(name), 1, 1),
          "template " + name + " recurses without end",
          "a macro or include that calls itself needs a condition that stops it");
    } catch (SecurityException e) {
      // FreeMarker's file loader refuses a template that resolves outside its folder.
      throw new UserTemplateException(new dev.cwmon.diag.Position(userFile(name), 1, 1),
          "template " + name + " resolves outside the templates folder",
          "keep every template, and what it includes, inside the --templates folder");
    }
  }

  /** The user's template that rendered {@code text}, or null when a built-in one did. */
  public String userTemplateOf(String text) {
    return userRendered.get(text);
  }

  /** Where the user's template {@code name} is, as diagnostics name it. */
  public String userFile(String name) {
    return templateDir.resolve(name).toString();
  }

  private boolean isUserTemplate(String sourceName) {
    return templateDir != null && sourceName != null
        && java.nio.file.Files.isRegularFile(templateDir.resolve(sourceName));
  }

  private RuntimeException userError(
      String source, int line, int column, String message, String name, Exception e) {
    if (!isUserTemplate(source)) {
      return new RenderException(name, e);
    }
    StringBuilder summary = new StringBuilder();
    for (String l : (message == null ? "template failed" : message.strip()).split("\n")) {
      if (l.isBlank() || l.startsWith("----")) {
        break;
      }
      summary.append(' ').append(l.replaceAll("\\s*\\[in template .*", "").strip());
    }
    String text = summary.toString().strip();
    return new UserTemplateException(
        new dev.cwmon.diag.Position(userFile(source), Math.max(line, 1), Math.max(column, 1)),
        "template " + source + " failed: " + text,
        "fix the template at this position; see docs/hardening.md for what templates may do");
  }

  private static int nonNull(Integer n) {
    return n == null ? 1 : n;
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
