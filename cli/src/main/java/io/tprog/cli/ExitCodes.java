package io.tprog.cli;

import io.tprog.analyzer.analysis.UnknownOutputException;
import io.tprog.analyzer.data.DatasetException;
import io.tprog.analyzer.program.ProgramFileException;
import io.tprog.analyzer.program.WeightsFileException;
import io.tprog.format.sandbox.ExecutionStopped;
import io.tprog.format.sandbox.ProgramError;
import io.tprog.format.sandbox.SandboxRefusal;
import io.tprog.learner.data.DataFormatException;
import io.tprog.learner.data.DatasetSpecException;
import io.tprog.learner.program.InvalidProgramException;
import io.tprog.reports.ReportInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * The exit codes of every command (the README's table): 0 done; 1 an internal error, a bug to report (rerun with
 * {@code --debug}); 2 a usage error or bad input (a missing, malformed or inconsistent file, an unknown option, class
 * or token); 3 a check the command makes failed (a pruned or converted program would not predict identically, an
 * external Python failed); 4 the sandbox refused or stopped the program (a construct outside the allowlist, or a
 * time, memory or recursion limit).
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int INTERNAL = 1;
  public static final int BAD_INPUT = 2;
  public static final int CHECK_FAILED = 3;
  public static final int SANDBOX = 4;

  private ExitCodes() {}

  /** The exit code for a command that ended with {@code t}. */
  public static int of(Throwable t) {
    if (t instanceof UserError u) {
      return u.exitCode();
    }
    if (t instanceof SandboxRefusal || t instanceof ExecutionStopped) {
      return SANDBOX;
    }
    if (t instanceof DatasetException || t instanceof ProgramFileException || t instanceof WeightsFileException
        || t instanceof UnknownOutputException || t instanceof ProgramError
        || t instanceof DataFormatException || t instanceof DatasetSpecException || t instanceof InvalidProgramException
        || t instanceof ReportInputException || t instanceof NoSuchFileException || t instanceof AccessDeniedException
        || t instanceof FileAlreadyExistsException || t instanceof NotDirectoryException) {
      return BAD_INPUT;
    }
    if (t instanceof java.io.UncheckedIOException u && u.getCause() != null) {
      return of(u.getCause());
    }
    return INTERNAL;
  }
}
