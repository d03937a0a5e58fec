package dev.cwmon.model.kubernetes;

import dev.cwmon.model.Doc;
import dev.cwmon.model.Required;

/**
 * Asks {@code --format kubernetes} for an AlertmanagerConfig resource of the Prometheus
 * Operator besides the Secret; {@code secrets} names the Secret whose keys hold the files that
 * the alertmanager section reads secrets from, each under its file name. (The key is not
 * {@code secret}: a key with that word takes only references, never a literal.)
 */
@Doc("Also write the alertmanager section as a Prometheus Operator AlertmanagerConfig.")
public record AlertmanagerConfigSpec(
    @Doc("metadata.name of the AlertmanagerConfig.") @Required String name,
    @Doc("Name of the Secret holding each {file: PATH} under the key of PATH's file name.")
        String secrets) {}
