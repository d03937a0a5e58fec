package dev.cwmon.logstash;

/**
 * The right-hand side of an attribute or a hash entry, or an element of an array.
 *
 * <p>A {@link Plugin} is a value only directly under an attribute ({@code codec => json {}});
 * Logstash cannot compile a plugin inside an array or a hash, so {@link Arr} and {@link Hash}
 * refuse one.
 */
public sealed interface Value permits Str, Num, Bool, Bareword, Arr, Hash, Plugin {}
