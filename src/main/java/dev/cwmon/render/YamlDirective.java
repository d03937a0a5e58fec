package dev.cwmon.render;

import freemarker.core.Environment;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.util.Map;

/**
 * {@code <@yaml value=x indent=2 item=true/>}: writes a document subtree as YAML, escaped,
 * at an indentation; with {@code item=true} as one list item.
 */
final class YamlDirective implements TemplateDirectiveModel {
  @Override
  @SuppressWarnings("rawtypes")
  public void execute(Environment env, Map params, TemplateModel[] loopVars,
      TemplateDirectiveBody body) throws TemplateException, IOException {
    Object value = DeepUnwrap.unwrap((TemplateModel) params.get("value"));
    int indent = params.get("indent") instanceof TemplateNumberModel n
        ? n.getAsNumber().intValue() : 0;
    boolean item = params.get("item") instanceof TemplateBooleanModel b && b.getAsBoolean();
    if (value == null) {
      throw new TemplateModelException("yaml: value is missing");
    }
    env.getOut().write(item ? YamlWriter.item(value, indent) : YamlWriter.block(value, indent));
  }
}
