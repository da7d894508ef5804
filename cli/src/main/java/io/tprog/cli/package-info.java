/** The {@code tprog} command line: one picocli entry point whose subcommands call the other modules. */
package io.tprog.cli;
