package io.tprog.grammar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every .py file of the Python standard library on this machine: our dump must equal CPython's (one python3
 * process answers for all files), and the pretty printer's output must parse back to the same dump.
 */
@Tag("slow")
class StdlibConformanceTest {
  private static final double REQUIRED = 0.99;
  private static final int SHOWN = 5;

  @Test
  void dumpsMatchCpythonAndPrintedSourceRoundTrips(@TempDir Path dir) throws Exception {
    Path stdlib = CpythonAst.stdlib();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(stdlib)) {
      files = walk.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> !stdlib.relativize(p).toString().contains("site-packages"))
          .filter(Files::isRegularFile)
          .sorted()
          .collect(Collectors.toList());
    }
    assertTrue(files.size() > 1000, "expected the whole standard library under " + stdlib + ", found " + files.size());

    int identical = 0;
    int identicalPositions = 0;
    int parsed = 0;
    int roundTripped = 0;
    List<Path> differing = new ArrayList<>();
    List<String> roundTripFailures = new ArrayList<>();
    // Each file is checked on its own, so the files are checked on every core while CPython hashes the next ones.
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (CpythonAst cpython = new CpythonAst(dir)) {
      Thread writer = cpython.requestAll("hash", files);
      List<Future<Outcome>> outcomes = new ArrayList<>();
      for (Path file : files) {
        String[] expected = cpython.nextAnswer().split(" ");
        outcomes.add(pool.submit(() -> check(file, expected)));
      }
      writer.join();
      for (int i = 0; i < files.size(); i++) {
        Outcome o = outcomes.get(i).get();
        identical += o.identical() ? 1 : 0;
        identicalPositions += o.identicalPositions() ? 1 : 0;
        parsed += o.parsed() ? 1 : 0;
        roundTripped += o.roundTripped() ? 1 : 0;
        if (!o.identical()) {
          differing.add(files.get(i));
        }
        if (o.roundTripFailure() != null) {
          roundTripFailures.add(o.roundTripFailure());
        }
      }
      pool.shutdown();

      double share = identical / (double) files.size();
      System.out.printf("stdlib conformance: %d of %d files (%.2f%%) dump exactly as CPython's ast.dump%n",
          identical, files.size(), 100 * share);
      for (Path file : differing.subList(0, Math.min(SHOWN, differing.size()))) {
        ParseResult ours = PythonParser.parse(file);
        String expected = cpython.dump(file);
        String actual = ours.module().map(AstDump::dump).orElse("problems " + ours.problems());
        System.out.println("  differs: " + file + "\n    " + firstDifference(expected, actual));
      }
      double positionShare = identicalPositions / (double) files.size();
      System.out.printf("with every node's position (include_attributes=True): %d of %d files (%.2f%%)%n",
          identicalPositions, files.size(), 100 * positionShare);
      System.out.printf("printer round trip: %d of %d parsed files%n", roundTripped, parsed);
      roundTripFailures.stream().limit(SHOWN).forEach(f -> System.out.println("  round trip fails: " + f));

      assertTrue(share >= REQUIRED, String.format("only %.2f%% of files dump as CPython does", 100 * share));
      assertTrue(positionShare >= REQUIRED, String.format("only %.2f%% of files have CPython's positions",
          100 * positionShare));
      assertTrue(roundTripped >= REQUIRED * parsed, roundTripFailures.size() + " files do not round-trip");
    }
  }

  /** What checking one file found. */
  private record Outcome(boolean identical, boolean identicalPositions, boolean parsed, boolean roundTripped, String roundTripFailure) {}

  /** Our dump against CPython's hashes ({@code expected}: without and with positions), and the printer's round trip. */
  private static Outcome check(Path file, String[] expected) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    ParseResult ours = PythonParser.parse(file);
    String dump = ours.module().map(AstDump::dump).orElse(null);
    boolean cpythonRejects = expected[0].equals("ERROR");
    boolean identical = dump == null ? cpythonRejects : !cpythonRejects && expected[0].equals(sha256(sha, dump));
    boolean identicalPositions = dump == null ? cpythonRejects
        : !cpythonRejects && expected[1].equals(sha256(sha, AstDump.dump(ours.module().get(), true)));
    if (dump == null) {
      return new Outcome(identical, identicalPositions, false, false, null);
    }
    String printed = PrettyPrinter.print(ours.module().get());
    ParseResult again = PythonParser.parse(printed, file + " (printed)");
    boolean roundTripped = again.ok() && AstDump.dump(again.module().get()).equals(dump);
    String failure = roundTripped ? null : file + (again.ok() ? ": dump differs" : ": " + again.problems().get(0));
    return new Outcome(identical, identicalPositions, true, roundTripped, failure);
  }

  private static String sha256(MessageDigest sha, String text) {
    return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static String firstDifference(String expected, String actual) {
    int i = 0;
    while (i < expected.length() && i < actual.length() && expected.charAt(i) == actual.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - 60);
    return "CPython: ..." + expected.substring(from, Math.min(expected.length(), i + 60))
        + "\n    ours:    ..." + actual.substring(Math.min(from, actual.length()), Math.min(actual.length(), i + 60));
  }
}
