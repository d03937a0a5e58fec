package dev.cwmon.check.semantic;

import dev.cwmon.check.Check;
import dev.cwmon.check.CheckContext;
import dev.cwmon.check.QueryIndex;
import dev.cwmon.diag.Diagnostic;
import dev.cwmon.diag.Severity;
import dev.cwmon.gotemplate.Dialect;
import dev.cwmon.gotemplate.GoTemplate;
import dev.cwmon.gotemplate.LabelReference;
import dev.cwmon.gotemplate.TemplateException;
import dev.cwmon.model.Spec;
import dev.cwmon.model.rules.Rule;
import java.util.List;
import java.util.Map;

/**
 * Reports an alert's template reading {@code $labels.x} when the alert's expression certainly
 * no longer carries x (CW202): Prometheus then renders an empty string.
 */
public final class AnnotationLabels implements Check {
  @Override
  public void run(Spec spec, CheckContext ctx) {
    LabelInference inference = LabelInference.of(spec, ctx);
    for (QueryIndex.Parsed p : QueryIndex.of(spec, ctx).valid()) {
      Rule rule = p.query().rule();
      if (rule == null || !rule.isAlert()) {
        continue;
      }
      Labels result = inference.of(p.expr());
      if (!result.known()) {
        continue;
      }
      String path = p.query().path();
      String base = path.substring(0, path.length() - ".expr".length());
      texts(rule, rule.annotations(), base + ".annotations", result, ctx);
      texts(rule, rule.labels(), base + ".labels", result, ctx);
    }
  }

  private void texts(Rule rule, Map<String, String> texts, String path, Labels result,
      CheckContext ctx) {
    texts.forEach((key, text) -> {
      if (!text.contains("{{")) {
        return;
      }
      List<LabelReference> refs;
      try {
        refs = GoTemplate.labelReferences(text, Dialect.PROMETHEUS_RULE);
      } catch (TemplateException e) {
        return;
      }
      for (LabelReference ref : refs) {
        if (result.lacks(ref.name()) && !rule.labels().containsKey(ref.name())
            && !ref.name().equals("__name__")) {
          String at = path + "." + key;
          ctx.diagnostics().add(new Diagnostic("CW202", Severity.WARNING, at,
              ctx.sourceMap().inValue(at, ref.line(), ref.column()),
              "$labels." + ref.name() + " is empty: alert " + rule.alert()
                  + "'s expression does not keep " + ref.name(),
              result.names().isEmpty() ? "its result has no labels; aggregate by ("
                  + ref.name() + ") to keep it" : "its result carries only "
                  + String.join(", ", result.sorted()) + "; keep " + ref.name()
                  + " in by (...) or on (...)"));
        }
      }
    });
  }
}
