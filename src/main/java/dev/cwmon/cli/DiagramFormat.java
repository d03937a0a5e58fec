package dev.cwmon.cli;

/** The ways {@code cwmon routes} draws the routing tree. */
enum DiagramFormat {
  text, mermaid, dot
}
