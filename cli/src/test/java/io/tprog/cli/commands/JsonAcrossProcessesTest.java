package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that prints JSON or writes files (on the trained sort fixture, and on a small hand-made program where
 * a command runs it many times), run in three separate JVMs, gives byte-identical output: hash
 * orders that change from one JVM run to the next (Map.of, Set.copyOf, identity hashes) must not reach the output.
 * Running the commands twice in one JVM could not show that, since there the hash orders are the same.
 */
class JsonAcrossProcessesTest {
  private static final int RUNS = 3;

  @TempDir Path dir;

  @Test
  void outputIsByteIdenticalAcrossProcesses() throws Exception {
    Path data = dir.resolve("sort.jsonl");
    assertEquals(0, CommandRun.of("data", "--task", "sort", "--size", "80", "--out", data.toString()).exit());
    // Every third example gets a wrong label, so that eval and trace --failing have failures to report.
    List<String> lines = new ArrayList<>(Files.readAllLines(data));
    for (int i = 0; i < lines.size(); i += 3) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"labels\": \\[\"<pad>\", \"([0-9])\"").matcher(lines.get(i));
      assertTrue(m.find(), lines.get(i));
      String wrong = String.valueOf((Integer.parseInt(m.group(1)) + 1) % 5);
      lines.set(i, lines.get(i).substring(0, m.start(1)) + wrong + lines.get(i).substring(m.end(1)));
    }
    Files.write(data, lines);
    TreeMap<String, String> first = null;
    for (int run = 0; run < RUNS; run++) {
      Path out = dir.resolve("run" + run);
      Files.createDirectories(out);
      Process p = new ProcessBuilder(
              Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss16m",
              "-cp", System.getProperty("java.class.path"), Driver.class.getName(), out.toString(), data.toString())
          .redirectErrorStream(true)
          .start();
      String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), log);
      TreeMap<String, String> files = contents(out);
      assertTrue(files.size() >= Driver.COMMANDS.size(), files.keySet().toString());
      if (first == null) {
        first = files;
      } else {
        assertEquals(first.keySet(), files.keySet());
        for (String name : first.keySet()) {
          assertEquals(first.get(name), files.get(name), name + " differs between two processes");
        }
      }
    }
  }

  private static TreeMap<String, String> contents(Path root) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        // ISO-8859-1 maps every byte to one char: the comparison is byte for byte, images included.
        String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
        files.put(root.relativize(p).toString(), text.replace(root.toString(), "OUT"));
      }
    }
    return files;
  }

  /** Runs each command once in this JVM, its standard output to {@code OUT/<n>.out}, its files under {@code OUT/<n>/}. */
  public static final class Driver {
    static final List<String> COMMANDS = List.of(
        "report PROGRAM --json",
        "report PROGRAM --out FILES",
        "heads PROGRAM --output 2 --json",
        "trace PROGRAM --input <s>_4_0_3_3_1_</s> --expect <pad>_0_1_3_3_4_<pad> --json",
        "trace PROGRAM --data DATA --failing --json --no-progress",
        "eval PROGRAM --data DATA --json --no-progress",
        "ablate SMALL --data SMALL_DATA --json --no-progress",
        "prune SMALL --data SMALL_DATA --out FILES --json --no-progress",
        "data --task hist --size 300 --out FILES/hist.jsonl");

    public static void main(String[] args) throws IOException {
      Path out = Path.of(args[0]);
      String program = CommandRun.fixture("programs/sort/sort.py");
      for (int i = 0; i < COMMANDS.size(); i++) {
        Path files = out.resolve(String.valueOf(i));
        List<String> argv = new ArrayList<>();
        for (String word : COMMANDS.get(i).split(" ")) {
          argv.add(word.replace("SMALL_DATA", CommandRun.fixture("dynamic/sort/sort.jsonl"))
              .replace("SMALL", CommandRun.fixture("dynamic/sort/sort.py")).replace('_', ' ')
              .replace("PROGRAM", program).replace("DATA", args[1]).replace("FILES", files.toString()));
        }
        CommandRun r = CommandRun.of(argv.toArray(String[]::new));
        if (r.exit() != 0) {
          System.out.println(COMMANDS.get(i) + " exited " + r.exit() + ": " + r.err());
          System.exit(1);
        }
        Files.writeString(out.resolve(i + ".out"), r.out(), StandardCharsets.UTF_8);
      }
      System.exit(0);
    }
  }
}
