package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentsTest {
  private static final String SOURCE = """
      # about the pipeline
      input {
        # the beats listener
        beats {
          # default port
          port => 5044
          #host => "0.0.0.0"
        }
        # end of inputs
      }
      # trailing, no newline at end""";

  @Test
  void commentsAttachToWhatFollowsThem() {
    Pipeline pipeline = LogstashParser.parse(SOURCE, "c.conf");

    Section input = pipeline.sections().get(0);
    Plugin beats = (Plugin) input.body().statements().get(0);
    assertThat(input.comments()).containsExactly(" about the pipeline");
    assertThat(beats.comments()).containsExactly(" the beats listener");
    assertThat(beats.attributes().get(0).comments()).containsExactly(" default port");
    assertThat(beats.endComments()).containsExactly("host => \"0.0.0.0\"");
    assertThat(input.body().endComments()).containsExactly(" end of inputs");
    assertThat(pipeline.endComments()).containsExactly(" trailing, no newline at end");
  }

  @Test
  void commentsSurvivePrintingAndParsing() {
    Pipeline pipeline = RoundTrip.check(SOURCE, "c.conf");

    assertThat(LogstashPrinter.print(pipeline)).contains("    #host => \"0.0.0.0\"\n");
  }

  @Test
  void withoutCommentsKeepsContentOnly() {
    Pipeline bare = LogstashParser.parse(SOURCE, "c.conf").withoutComments();

    assertThat(bare).isEqualTo(Pipeline.of(Section.of(Section.Kind.INPUT,
        Plugin.of("beats", Attribute.of("port", Num.of(5044))))));
    assertThat(bare.endComments()).isEqualTo(List.of());
  }
}
