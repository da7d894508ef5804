package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.run.Evaluator;
import io.tprog.format.sandbox.Programs;
import io.tprog.format.sandbox.SandboxedProgram;
import io.tprog.analyzer.trace.Failure;
import io.tprog.analyzer.trace.FailureGroup;
import io.tprog.analyzer.trace.FailureGroups;
import io.tprog.analyzer.trace.Tracer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code tprog trace --failing} traces only the misclassified examples and their nearest passing neighbours; on a
 * seeded per-length sample of the most_freq fixture's dataset (a program right on about three inputs in four) its groups, failures,
 * positions and neighbours are those of tracing every example.
 */
class FailingGroupsTest {
  @Test
  void tracingOnlyFailuresAndNeighboursGivesTheSameGroups() {
    Path program = Path.of(CommandRun.fixture("programs/most_freq/most_freq.py"));
    List<Example> examples = Dataset.read(FixtureData.sample("most_freq", 30, 5)).examples();
    ProgramModel model = ProgramReader.read(program).model();
    SandboxedProgram loaded = Programs.load(program);
    Tracer tracer = new Tracer(loaded, model);
    List<FailureGroup> everything = FailureGroups.group(model, tracer.traceAll(examples));
    List<FailureGroup> fast = FailureGroups.group(model, new Evaluator(loaded).evaluate(examples), tracer::traceAll);
    assertTrue(everything.stream().mapToInt(FailureGroup::size).sum() > 20, "the sample has failures to group");
    assertEquals(describe(everything), describe(fast));
  }

  private static List<String> describe(List<FailureGroup> groups) {
    List<String> out = new ArrayList<>();
    for (FailureGroup g : groups) {
      out.add(g.component() + " " + g.size());
      for (Failure f : g.failures()) {
        out.add("  " + f.trace().tokens() + " @" + f.position() + " " + f.trace().wrong() + " ~ " + (f.neighbour() == null ? null : f.neighbour().tokens()));
      }
    }
    return out;
  }

  @Test
  void failingGroupsAlsoCountFailuresByLength() {
    CommandRun r = CommandRun.of("trace", CommandRun.fixture("programs/most_freq/most_freq.py"), "--data", FixtureData.sample("most_freq", 30, 5).toString(), "--failing", "--no-progress");
    assertEquals(0, r.exit(), r.err());
    java.util.regex.Matcher total = java.util.regex.Pattern.compile(": (\\d+) of (\\d+) examples misclassified").matcher(r.out());
    assertTrue(total.find(), r.out());
    java.util.regex.Matcher line = java.util.regex.Pattern.compile(
        "\nmisclassified examples by input length \\(tokens other than <s> and </s>\\): ((\\d+: \\d+)(, \\d+: \\d+)*)\n").matcher(r.out());
    assertTrue(line.find(), r.out());
    int sum = 0;
    int previous = 0;
    for (String cell : line.group(1).split(", ")) {
      String[] parts = cell.split(": ");
      assertTrue(Integer.parseInt(parts[0]) > previous, "shortest first: " + line.group(1));
      previous = Integer.parseInt(parts[0]);
      sum += Integer.parseInt(parts[1]);
    }
    assertTrue(sum > 20, r.out());
    assertEquals(Integer.parseInt(total.group(1)), sum, "the lengths add up to the failures: " + r.out());
  }
}
