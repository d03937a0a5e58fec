package dev.cwmon.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.util.Map;

/** {@code <@json value=x/>}: writes a document tree as JSON, escaped, with a final newline. */
final class JsonDirective implements TemplateDirectiveModel {
  @Override
  @SuppressWarnings("rawtypes")
  public void execute(Environment env, Map params, TemplateModel[] loopVars,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    Object value = DeepUnwrap.unwrap((TemplateModel) params.get("value"));
    if (value == null) {
      throw new TemplateModelException("json: value is missing");
    }
    env.getOut().write(JsonText.of(value));
    env.getOut().write('\n');
  }
}
