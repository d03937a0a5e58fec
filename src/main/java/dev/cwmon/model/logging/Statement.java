package dev.cwmon.model.logging;

/**
 * A statement of a pipeline section: a plugin, written {@code {mutate: {add_tag: [search]}}},
 * or a conditional, written {@code {if: '[level] == "ERROR"', then: [...]}}.
 */
public sealed interface Statement permits PluginBlock, Conditional {
  /** A comment written before the statement in the generated file, or null. */
  String comment();
}
