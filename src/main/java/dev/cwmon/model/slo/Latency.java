package dev.cwmon.model.slo;

import dev.cwmon.model.Required;

/**
 * A latency indicator over a histogram: bad events are requests slower than
 * {@code threshold}. {@code histogram} is the selector of the histogram's base name
 * ({@code codeweaver_request_duration_seconds{job="codeweaver"}}); {@code threshold} is kept as
 * written, since it must equal a bucket's {@code le} label exactly (Python clients write
 * {@code 1.0}, Go clients {@code 1}).
 */
public record Latency(@Required String histogram, @Required String threshold) {}
