package dev.cwmon.model.slo;

import dev.cwmon.model.Required;

/**
 * An event ratio over counters, each a selector such as
 * {@code codeweaver_requests_total{status="error"}}: exactly one of {@code errors} (bad events)
 * and {@code good}, and the {@code total} of events.
 */
public record Ratio(String errors, String good, @Required String total) {}
