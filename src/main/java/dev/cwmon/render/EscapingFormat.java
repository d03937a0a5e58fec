package dev.cwmon.render;

import dev.cwmon.logstash.LogstashPrinter;
import dev.cwmon.logstash.Str;
import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A FreeMarker output format whose every {@code [=value]} goes through one escaping function,
 * so that a template cannot forget to escape a user value for its output format.
 */
public final class EscapingFormat extends CommonMarkupOutputFormat<EscapingFormat.Output> {
  /** YAML scalars: plain when unambiguous, otherwise double-quoted. */
  public static final EscapingFormat YAML =
      new EscapingFormat("cwmon-yaml", "application/yaml", YamlScalars::string);

  /** JSON: every interpolated value becomes a quoted, escaped JSON string. */
  public static final EscapingFormat JSON =
      new EscapingFormat("cwmon-json", "application/json", JsonText::string);

  /** Logstash strings: double-quoted unless only single quotes can hold the value. */
  public static final EscapingFormat LOGSTASH = new EscapingFormat("cwmon-logstash",
      "text/plain", s -> LogstashPrinter.printValue(Str.of(s)));

  private final String name;
  private final String mimeType;
  private final UnaryOperator<String> escaper;

  public EscapingFormat(String name, String mimeType, UnaryOperator<String> escaper) {
    this.name = name;
    this.mimeType = mimeType;
    this.escaper = escaper;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getMimeType() {
    return mimeType;
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escaper.apply(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return escaper.apply(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Output newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Output(plainTextContent, markupContent, this);
  }

  /** A value already escaped for this format. */
  public static final class Output extends CommonTemplateMarkupOutputModel<Output> {
    private final EscapingFormat format;

    Output(String plainTextContent, String markupContent, EscapingFormat format) {
      super(plainTextContent, markupContent);
      this.format = format;
    }

    @Override
    public EscapingFormat getOutputFormat() {
      return format;
    }
  }
}
