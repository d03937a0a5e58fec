package dev.cwmon.model.slo;

/** What an SLO measures: exactly one of an event ratio and a latency threshold. */
public record Indicator(Ratio ratio, Latency latency) {}
