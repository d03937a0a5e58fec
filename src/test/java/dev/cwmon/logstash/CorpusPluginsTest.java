package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin names, option names and condition regexes of the real pipelines in
 * shared/corpus/logstash, judged with the knowledge behind CW167, CW168 and CW160: every
 * finding is listed here with why it is right.
 */
class CorpusPluginsTest {
  /** Findings a reviewer agrees with: each names a plugin or option Logstash 8 lacks. */
  private static final List<String> EXPECTED = List.of();

  @Test
  void corpusPipelinesUseOnlyKnownPluginsOptionsAndValidRegexes() throws IOException {
    Optional<Path> folder = SharedFiles.find("corpus/logstash");
    assumeTrue(folder.isPresent(), "shared/corpus/logstash not found");
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder.get())) {
      files = listing.filter(p -> p.toString().endsWith(".conf")).sorted().toList();
    }
    List<String> findings = new ArrayList<>();
    List<String> judged = new ArrayList<>();
    int parsed = 0;
    for (Path file : files) {
      String name = file.getFileName().toString();
      Pipeline pipeline;
      try {
        pipeline = LogstashParser.parse(Files.readString(file, StandardCharsets.UTF_8), name);
      } catch (LogstashParseException e) {
        continue;
      }
      parsed++;
      for (Section section : pipeline.sections()) {
        block(name, section.kind().keyword(), section.body(), findings, judged);
      }
    }
    findings.forEach(System.out::println);
    System.out.println(judged.size() + " options judged");

    assertThat(parsed).isEqualTo(19);
    assertThat(judged).as("options judged against a reference page").hasSizeGreaterThan(100);
    assertThat(findings).containsExactlyElementsOf(EXPECTED);
  }

  private static void block(String file, String kind, Block body, List<String> findings,
      List<String> judged) {
    for (Statement statement : body.statements()) {
      if (statement instanceof Plugin plugin) {
        plugin(file, kind, plugin, findings, judged);
      } else if (statement instanceof If conditional) {
        for (If.Branch branch : conditional.branches()) {
          regexes(file, branch.condition(), findings);
          block(file, kind, branch.body(), findings, judged);
        }
        conditional.otherwise().ifPresent(b -> block(file, kind, b, findings, judged));
      }
    }
  }

  private static void plugin(String file, String kind, Plugin plugin, List<String> findings,
      List<String> judged) {
    PluginCatalog catalog = PluginCatalog.bundled();
    if (!catalog.isBundled(kind, plugin.name())) {
      findings.add(file + ": CW167 " + kind + " " + plugin.name());
      return;
    }
    Set<String> options = catalog.options(kind, plugin.name()).orElse(null);
    for (Attribute attribute : plugin.attributes()) {
      if (options != null) {
        judged.add(plugin.name() + "." + attribute.name());
      }
      if (options != null && !options.contains(attribute.name())) {
        findings.add(file + ": CW168 " + kind + " " + plugin.name() + " " + attribute.name());
      }
      String codec = attribute.value() instanceof Plugin p ? p.name()
          : attribute.value() instanceof Bareword w ? w.word()
          : attribute.value() instanceof Str s ? s.value() : null;
      if (attribute.name().equals("codec") && codec != null
          && !catalog.isBundled("codec", codec)) {
        findings.add(file + ": CW167 codec " + codec);
      }
    }
  }

  private static void regexes(String file, Expr expr, List<String> findings) {
    if (expr instanceof Match m && m.pattern() instanceof Regex regex) {
      RegexSyntax.problem(regex.source()).ifPresent(
          p -> findings.add(file + ": CW160 /" + regex.source() + "/ " + p.reason()));
    } else if (expr instanceof Not not) {
      regexes(file, not.operand(), findings);
    } else if (expr instanceof BoolChain chain) {
      regexes(file, chain.first(), findings);
      chain.rest().forEach(link -> regexes(file, link.operand(), findings));
    }
  }
}
