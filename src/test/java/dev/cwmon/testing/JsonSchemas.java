package dev.cwmon.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/** JSON Schema validation of YAML documents, with networknt's validator. */
public final class JsonSchemas {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private JsonSchemas() {}

  public static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a YAML stream, in order. */
  public static List<JsonNode> yamlDocuments(String text) {
    try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(text)) {
      return docs.readAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode yaml(Path file) {
    return yaml(Cwmon.read(file));
  }

  /** The problems of {@code doc} under {@code schema}; empty when it is valid. */
  public static List<String> validate(JsonNode schema, SpecVersion.VersionFlag version,
      JsonNode doc) {
    JsonSchema compiled = JsonSchemaFactory.getInstance(version).getSchema(schema);
    return compiled.validate(doc).stream().map(ValidationMessage::getMessage).sorted().toList();
  }

  /**
   * A CRD's {@code openAPIV3Schema} made strict as {@code kubectl apply} with strict field
   * validation is: an object schema with properties allows no other keys, unless it says
   * that unknown fields are kept.
   */
  public static JsonNode crdSchema(Path crd, String version) {
    for (JsonNode v : yaml(crd).path("spec").path("versions")) {
      if (v.path("name").asText().equals(version)) {
        JsonNode schema = v.path("schema").path("openAPIV3Schema").deepCopy();
        strict(schema);
        return schema;
      }
    }
    throw new IllegalArgumentException("no version " + version + " in " + crd);
  }

  private static void strict(JsonNode node) {
    if (node instanceof ObjectNode object) {
      if (object.has("properties") && !object.has("additionalProperties")
          && !object.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
        object.put("additionalProperties", false);
      }
      object.forEach(JsonSchemas::strict);
    } else if (node != null && node.isArray()) {
      node.forEach(JsonSchemas::strict);
    }
  }
}
