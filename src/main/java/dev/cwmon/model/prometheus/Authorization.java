package dev.cwmon.model.prometheus;

import dev.cwmon.model.SecretRef;

/** The Authorization header; credentials are a file reference, rendered as credentials_file. */
public record Authorization(String type, SecretRef credentials) {}
