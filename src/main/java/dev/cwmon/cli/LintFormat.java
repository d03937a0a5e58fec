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
      printJson(Map.of("diagnostics", items), out);
    }
  },
  sarif {
    @Override
    void print(List<Diagnostic> diagnostics, PrintWriter out) {
      printJson(Sarif.log(diagnostics), out);
    }
  },
  github {
    @Override
    void print(List<Diagnostic> diagnostics, PrintWriter out) {
      for (Diagnostic d : diagnostics) {
        out.println(GithubAnnotations.line(d));
      }
    }
  };

  abstract void print(List<Diagnostic> diagnostics, PrintWriter out);

  static void printJson(Object value, PrintWriter out) {
    try {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(value).replace("\r\n", "\n"));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

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
    if (d.isSilenced()) {
      m.put("silenced", d.silencedBecause());
    }
    return m;
  }
}
