package io.tprog.reports.trace;

import io.tprog.reports.ReportFiles;
import java.nio.file.Path;
import java.util.List;

/** Writes the trace report of one or more inputs into a folder: {@code trace.md} and {@code trace.html}. */
public final class TraceReportWriter {
  public static final String MARKDOWN = "trace.md";
  public static final String HTML = "trace.html";

  private TraceReportWriter() {}

  /**
   * @param program the program's file name, as the report's title
   * @param inputs the traced inputs in the order to show them (for {@code --failing}, the failing examples)
   */
  public static void write(String program, List<TracedInput> inputs, Path outDir) {
    write(program, inputs, List.of(), outDir);
  }

  /** {@link #write(String, List, Path)} with the failure groups of {@code tprog trace --failing} at the top. */
  public static void write(
      String program, List<TracedInput> inputs, List<io.tprog.analyzer.trace.FailureGroup> groups, Path outDir) {
    ReportFiles.writeText(outDir, MARKDOWN, TraceMarkdown.render(program, inputs, groups));
    ReportFiles.writeText(outDir, HTML, TraceHtml.render(program, inputs, groups));
  }

  /** The report's form of an analyzer provenance tree. */
  public static ProvenanceNode node(io.tprog.analyzer.trace.ProvenanceStep step) {
    return new ProvenanceNode(step.label(), step.children().stream().map(TraceReportWriter::node).toList());
  }
}
