package dev.cwmon.logstash;

import java.util.List;

/** What a section or a branch body holds: a plugin or a conditional. */
public sealed interface Statement permits Plugin, If {
  /** Comment lines written just before the statement, without their {@code #}. */
  List<String> comments();
}
