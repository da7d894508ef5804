package io.tprog.cli.commands;

import io.tprog.cli.UserError;
import io.tprog.learner.data.ConllReader;
import io.tprog.learner.data.NlpDataset;
import io.tprog.learner.data.NlpFiles;
import io.tprog.learner.data.NlpPreparation;
import io.tprog.learner.data.NlpTask;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options that say where real NLP data comes from, shared by {@code tprog data} and {@code tprog train}: the
 * paper's tasks from {@code --data-dir}, or a user's own files with {@code --format}.
 */
public final class NlpDataOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description = "Folder of the real NLP data (conll, trec, mr, subj, sst2): the folder holding conll2003/, trec/, "
          + "... as ../shared/data does, or the task's own folder.")
  Path dataDir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Your own NLP files instead of a task: conll (word ... tag columns, blank line between sentences) "
          + "or text (label<TAB>text a line); give --train and --test, and --validation or a seeded tenth of --train "
          + "is held out.")
  String format;

  @Option(names = "--train", paramLabel = "FILE", description = "Training file of --format.")
  Path train;

  @Option(names = "--validation", paramLabel = "FILE", description = "Validation file of --format (optional).")
  Path validation;

  @Option(names = "--test", paramLabel = "FILE", description = "Test file of --format.")
  Path test;

  @Option(
      names = "--tag-column",
      paramLabel = "N",
      defaultValue = "0",
      description = "Column of the tag in --format conll files, the word being column 1 (default: the last).")
  int tagColumn;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Encoding of --format files (default: UTF-8), such as ISO-8859-1.")
  String encoding;

  /** Whether the user's own files were asked for. */
  boolean hasFormat() {
    return format != null;
  }

  /** The task's files from {@code --data-dir}, prepared as the paper prepares them. */
  NlpDataset load(NlpTask task, long seed) throws IOException {
    if (dataDir == null) {
      throw new UserError("Task " + task.id() + " reads real data: give its folder with --data-dir (such as "
          + "../shared/data).", 2);
    }
    if (format != null || train != null || test != null || validation != null || encoding != null) {
      throw new UserError("--format, --train, --validation, --test and --encoding are for your own files, not for "
          + "task " + task.id() + ".", 2);
    }
    return task.read(dataDir, seed);
  }

  /** The user's own files, prepared with the task defaults of their format (CoNLL's or classification's). */
  NlpDataset loadFiles(long seed) throws IOException {
    NlpFiles.Format f;
    try {
      f = NlpFiles.Format.fromId(format);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), 2);
    }
    if (train == null || test == null) {
      throw new UserError("--format " + format + " needs --train FILE and --test FILE.", 2);
    }
    Charset charset;
    try {
      charset = encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : Charset.forName(encoding);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UserError("--encoding " + encoding + " is not an encoding Java knows (try UTF-8 or ISO-8859-1).", 2);
    }
    if (tagColumn != ConllReader.LAST_COLUMN && (f != NlpFiles.Format.CONLL || tagColumn < 2)) {
      throw new UserError("--tag-column applies to --format conll and must be 2 or more (column 1 is the word).", 2);
    }
    NlpPreparation preparation =
        (f == NlpFiles.Format.CONLL ? NlpTask.CONLL : NlpTask.TREC).preparation();
    return NlpFiles.read(f, train, validation, test, tagColumn, charset, preparation, seed);
  }
}
