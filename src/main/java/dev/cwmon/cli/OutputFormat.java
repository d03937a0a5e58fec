package dev.cwmon.cli;

/** What generate writes: the plain configuration files, or Kubernetes manifests of them. */
enum OutputFormat {
  files, kubernetes
}
