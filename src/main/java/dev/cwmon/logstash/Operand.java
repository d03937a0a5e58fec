package dev.cwmon.logstash;

/**
 * A value in a condition (Logstash's {@code rvalue}). On its own it is a truthiness test:
 * {@code if [query] { ... }}.
 */
public sealed interface Operand extends Expr permits FieldRef, Str, Num, Arr, Regex {}
