package dev.cwmon.model;

/**
 * A secret given by reference, never inline: {@code {env: NAME}} or {@code {file: PATH}}.
 * Rendering uses the target's own indirection (Alertmanager's {@code *_file} fields,
 * Logstash's and Kibana's {@code ${NAME}}).
 */
@Doc("A secret reference: {env: NAME} or {file: PATH}; literal secrets are refused.")
public record SecretRef(String env, String file) {
  public SecretRef {
    if ((env == null) == (file == null)) {
      throw new IllegalArgumentException("exactly one of env and file");
    }
  }

  public static SecretRef env(String name) {
    return new SecretRef(name, null);
  }

  public static SecretRef file(String path) {
    return new SecretRef(null, path);
  }

  public boolean isFile() {
    return file != null;
  }
}
