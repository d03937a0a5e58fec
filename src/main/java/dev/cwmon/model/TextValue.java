package dev.cwmon.model;

/** A model value that the target format writes as one string, its {@code toString()}. */
public interface TextValue {}
