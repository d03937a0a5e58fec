package dev.cwmon.model.prometheus;

import dev.cwmon.model.Required;
import dev.cwmon.model.SecretRef;

/** HTTP basic authentication; the password is a file reference, rendered as password_file. */
public record BasicAuth(@Required String username, SecretRef password) {}
