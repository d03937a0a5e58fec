package dev.cwmon.logstash;

import static org.assertj.core.api.Assertions.assertThat;

/** Print, re-parse and print again, checking the tree and the text are stable. */
final class RoundTrip {
  private RoundTrip() {}

  static Pipeline check(Pipeline parsed, String name) {
    String printed = LogstashPrinter.print(parsed);
    Pipeline reparsed = LogstashParser.parse(printed, name + " (printed)");
    assertThat(reparsed).as("%s re-parsed from:%n%s", name, printed).isEqualTo(parsed);
    assertThat(LogstashPrinter.print(reparsed)).as("%s printed twice", name).isEqualTo(printed);
    return reparsed;
  }

  static Pipeline check(String source, String name) {
    return check(LogstashParser.parse(source, name), name);
  }
}
