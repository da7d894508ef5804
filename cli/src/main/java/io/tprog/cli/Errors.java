package io.tprog.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns exceptions into the one sentence a user sees. */
final class Errors {
  private Errors() {}

  static String message(Throwable t) {
    if (t instanceof NoSuchFileException e) {
      return "no such file: " + e.getFile();
    }
    if (t instanceof AccessDeniedException e) {
      return "permission denied: " + e.getFile();
    }
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      Throwable c = t.getCause();
      return c != null && c != t ? message(c) : "internal error (" + t.getClass().getSimpleName() + "); rerun with --debug for details";
    }
    return m;
  }

  /** One line, ending in a full stop. */
  static String sentence(String message) {
    String s = message.strip().replaceAll("\\s*\\R\\s*", " ");
    if (!s.endsWith(".") && !s.endsWith("?") && !s.endsWith("!")) {
      s = s + ".";
    }
    return s;
  }
}
