/**
 * The Logstash pipeline config language: an immutable model ({@link
 * dev.cwmon.logstash.Pipeline} and the records under it), a parser that follows Logstash's
 * own LSCL grammar, and a printer with one canonical layout.
 *
 * <p>Choices that follow what Logstash does rather than what looks natural:
 *
 * <ul>
 *   <li>Strings are kept as Logstash reads them with {@code config.support_escapes} off, its
 *       default: the grammar lets {@code \"} sit inside {@code "..."} but decodes nothing, so
 *       the backslash stays in the value. See {@link dev.cwmon.logstash.Str}.
 *   <li>Boolean operators form one flat chain per parenthesis level, as in the grammar; see
 *       {@link dev.cwmon.logstash.BoolChain} for how Logstash orders them.
 *   <li>In a condition, {@code ["x"]} is a field reference, not a list; see
 *       {@link dev.cwmon.logstash.In#simplified()}.
 * </ul>
 */
package dev.cwmon.logstash;
