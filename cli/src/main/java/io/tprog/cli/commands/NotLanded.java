package io.tprog.cli.commands;

import io.tprog.cli.UserError;

/** The answer of a command whose feature has not been built yet: one sentence and exit code 2. */
final class NotLanded {
  private NotLanded() {}

  static UserError because(String command, String feature) {
    return new UserError("'tprog " + command + "' is not available yet: " + feature + " has not landed", 2);
  }
}
