package dev.cwmon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.cwmon.diag.Diagnostic;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ways lint prints its diagnostics. */
enum LintFormat {
  text {
    @Override
    void print(List<Diagnostic> diagnostics, PrintWriter out) {
      new Reporter(out).print(diagnostics);
    }
  },
  json {
    @Override
    void print(List<Diagnostic> diagnostics, PrintWriter out) {
      List<Map<String, Object>> items = diagnostics.stream().map(LintFormat::asMap).toList();
      try {
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(Map.of("diagnostics", items)));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  };

  abstract void print(List<Diagnostic> diagnostics, PrintWriter out);

  static Map<String, Object> asMap(Diagnostic d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", d.code());
    m.put("severity", d.severity().label());
    m.put("file", d.position().file());
    m.put("line", d.position().line());
    m.put("column", d.position().column());
    m.put("path", d.path());
    m.put("message", d.message());
    m.put("hint", d.hint());
    return m;
  }
}
