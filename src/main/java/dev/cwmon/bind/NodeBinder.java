package dev.cwmon.bind;

import org.yaml.snakeyaml.nodes.Node;

/**
 * Binds a value whose shape a record cannot describe (a Logstash statement, a free-form
 * setting) from its node. It reports problems through the binder and returns null after one;
 * it binds nested values with {@link Binder#bind}, so their positions are recorded too.
 */
@FunctionalInterface
public interface NodeBinder<T> {
  T bind(Binder binder, Node node, String path, String file);
}
