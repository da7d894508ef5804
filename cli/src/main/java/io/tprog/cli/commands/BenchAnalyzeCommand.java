package io.tprog.cli.commands;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.SyntheticPrograms;
import io.tprog.cli.UserError;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tprog bench analyze}: Static analysis time of programs from 1 to 12 layers. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Static analysis time of programs from 1 to 12 layers.",
      "Generates programs of the paper's sort shape (8 heads and 4 MLPs per layer), then times reading (parse +"
          + " recognise + weights) and analysing each, warm, and fits time against program lines."
    })
public final class BenchAnalyzeCommand implements Callable<Integer> {
  @Option(names = "--max-layers", defaultValue = "12", description = "Largest program, in layers (default: ${DEFAULT-VALUE}).")
  int maxLayers;

  @Option(names = "--repeat", defaultValue = "21", description = "Timed runs per program; the median is reported (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic programs (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--json", description = "Print the measurements as JSON.")
  boolean json;

  @Spec CommandSpec spec;

  /** One program's warm times: reading (parse, recognise, weights) and analysis, medians, and the fastest total. */
  record Row(int layers, int lines, int components, double readMs, double analysisMs, double totalMs, double minTotalMs) {}

  /** A least-squares line through total time by program lines. */
  record Fit(double msPerThousandLines, double interceptMs, double rSquared) {}

  /**
   * The first read and analysis of the 3-layer program after start-up (cold), every program's warm times, and lines
   * through the median and through the fastest total times (the fastest is the least disturbed on a busy machine).
   */
  record Result(double coldReadMs, double coldAnalysisMs, List<Row> rows, Fit medianFit, Fit fastestFit) {}

  @Override
  public Integer call() throws IOException {
    if (maxLayers < 1 || repeat < 1) {
      throw new UserError("--max-layers and --repeat must be at least 1", 2);
    }
    Path dir = Files.createTempDirectory("tprog-bench-analyze");
    try {
      List<Path> programs = new ArrayList<>();
      for (int layers = 1; layers <= maxLayers; layers++) {
        programs.add(
            SyntheticPrograms.generate("synthetic_" + layers, SyntheticPrograms.Shape.sortLike(layers), seed + layers)
                .writeTo(dir.resolve("l" + layers)));
      }
      Path three = programs.get(Math.min(3, maxLayers) - 1);
      long start = System.nanoTime();
      ProgramReadResult first = ProgramReader.read(three);
      long read = System.nanoTime();
      StaticAnalyzer.analyze(first);
      double coldRead = (read - start) / 1e6;
      double coldAnalysis = (System.nanoTime() - read) / 1e6;
      for (int warm = 0; warm < 5; warm++) {
        for (Path p : programs) {
          StaticAnalyzer.analyze(ProgramReader.read(p));
        }
      }
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < programs.size(); i++) {
        Path p = programs.get(i);
        double[] reading = new double[repeat];
        double[] analysing = new double[repeat];
        double[] total = new double[repeat];
        int components = 0;
        for (int r = 0; r < repeat; r++) {
          long t0 = System.nanoTime();
          ProgramReadResult program = ProgramReader.read(p);
          long t1 = System.nanoTime();
          StaticReport report = StaticAnalyzer.analyze(program);
          long t2 = System.nanoTime();
          reading[r] = (t1 - t0) / 1e6;
          analysing[r] = (t2 - t1) / 1e6;
          total[r] = (t2 - t0) / 1e6;
          components = report.nodes().size() - 1;
        }
        int lines;
        try (Stream<String> l = Files.lines(p)) {
          lines = (int) l.count();
        }
        rows.add(new Row(i + 1, lines, components, median(reading), median(analysing), median(total), Arrays.stream(total).min().orElse(0)));
      }
      Result result = new Result(coldRead, coldAnalysis, rows, fit(rows, Row::totalMs), fit(rows, Row::minTotalMs));
      print(result);
      return 0;
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static Fit fit(List<Row> rows, ToDoubleFunction<Row> time) {
    int n = rows.size();
    double mx = rows.stream().mapToDouble(Row::lines).average().orElse(0);
    double my = rows.stream().mapToDouble(time).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (Row r : rows) {
      double dy = time.applyAsDouble(r) - my;
      sxy += (r.lines() - mx) * dy;
      sxx += (r.lines() - mx) * (r.lines() - mx);
      syy += dy * dy;
    }
    double slope = n > 1 && sxx > 0 ? sxy / sxx : 0;
    double r2 = n > 1 && sxx > 0 && syy > 0 ? (sxy * sxy) / (sxx * syy) : 1;
    return new Fit(slope * 1000, my - slope * mx, r2);
  }

  private void print(Result result) throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(result));
      out.flush();
      return;
    }
    out.printf(
        Locale.ROOT,
        "first program after start-up (3 layers): read %.1f ms (parse, recognise, weights), analysis %.1f ms%n",
        result.coldReadMs(),
        result.coldAnalysisMs());
    out.printf("warm, median of %d runs:%n", repeat);
    out.printf("%-7s %7s %11s %9s %12s %10s %10s%n", "layers", "lines", "components", "read ms", "analysis ms", "total ms", "min total");
    for (Row r : result.rows()) {
      out.printf(
          Locale.ROOT,
          "%-7d %7d %11d %9.2f %12.2f %10.2f %10.2f%n",
          r.layers(), r.lines(), r.components(), r.readMs(), r.analysisMs(), r.totalMs(), r.minTotalMs());
    }
    for (var fit : List.of(Map.entry("median", result.medianFit()), Map.entry("fastest", result.fastestFit()))) {
      out.printf(
          Locale.ROOT,
          "linear fit of %s total time: %.2f ms per 1000 lines + %.2f ms, R^2 = %.4f%n",
          fit.getKey(),
          fit.getValue().msPerThousandLines(),
          fit.getValue().interceptMs(),
          fit.getValue().rSquared());
    }
    out.flush();
  }
}
