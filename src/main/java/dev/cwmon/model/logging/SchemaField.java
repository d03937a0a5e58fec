package dev.cwmon.model.logging;

import dev.cwmon.logstash.FieldRef;
import dev.cwmon.model.Required;

/**
 * One field of the log events a pipeline sees, e.g. {@code [exception][traceback]}, with its
 * type and what puts it there. A field of type object stands for everything below it.
 */
public record SchemaField(@Required FieldRef name, @Required Type type, Origin from) {
  /** The JSON type of a field's value. */
  public enum Type {
    STRING, INTEGER, FLOAT, BOOLEAN, ARRAY, OBJECT, TIMESTAMP
  }

  /** What writes the field. */
  public enum Origin {
    /** the service's logger */
    APP,
    /** the shipper, e.g. Filebeat's {@code fields} and {@code host} */
    BEATS,
    /** Logstash itself: {@code @timestamp}, {@code tags}, {@code @metadata} */
    LOGSTASH,
    /** a filter of the pipeline */
    PIPELINE
  }
}
