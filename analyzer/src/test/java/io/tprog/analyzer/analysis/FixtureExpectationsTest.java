package io.tprog.analyzer.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.program.ProgramProblem;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.TestFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks every fixture under {@code fixtures/analyzer/} and checks that the analyzer finds exactly what the fixture
 * says in its {@code # expect:} comments (error-prone style: a fixture without finding expectations is a negative
 * fixture, and must produce no finding at all). Forms:
 * <ul>
 *   <li>{@code # expect: <kind> [component]}: a finding of that kind ({@code dead}, {@code never-matches},
 *       {@code unreachable-branch}, {@code branch-never-matches}, {@code unreachable-row}, {@code constant}); written
 *       at the end of a code line it must be on that line;
 *   <li>{@code # expect: problem [words]}: a reading problem on that line (at the end of a code line) or whose
 *       sentence contains the words;
 *   <li>{@code # expect: feeds <output>: a, b}: exactly these heads feed the output ({@code class "3"}, a component,
 *       {@code classifier});
 *   <li>{@code # expect: not-feeding class "X": f, g}: exactly these classifier features cannot change class X's rank.
 * </ul>
 */
class FixtureExpectationsTest {
  private static final Pattern EXPECT = Pattern.compile("^(.*?)#\\s*expect:\\s*(.*?)\\s*$");
  private static final Pattern FEEDS = Pattern.compile("(feeds|not-feeding)\\s+(.+?):\\s*(.*)");

  /** One finding or problem expectation; {@code line} 0 when it may be anywhere. */
  record Expected(String kind, String subject, int line) {
    boolean matches(Finding f) {
      return kind.equals(f.kind().id()) && (subject.isEmpty() || subject.equals(f.component())) && (line == 0 || line == f.line());
    }

    boolean matches(ProgramProblem p) {
      return kind.equals("problem") && (line == 0 || line == p.line()) && p.sentence().contains(subject);
    }
  }

  /** What one fixture says about itself. */
  record Expectations(List<Expected> findings, List<String[]> relations) {}

  static Expectations expectations(Path program) throws IOException {
    List<Expected> findings = new ArrayList<>();
    List<String[]> relations = new ArrayList<>();
    List<String> lines = Files.readAllLines(program);
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = EXPECT.matcher(lines.get(i));
      if (!m.matches()) {
        continue;
      }
      int line = m.group(1).isBlank() ? 0 : i + 1;
      Matcher feeds = FEEDS.matcher(m.group(2));
      if (feeds.matches()) {
        relations.add(new String[] {feeds.group(1), feeds.group(2), feeds.group(3), Integer.toString(i + 1)});
      } else {
        String[] parts = m.group(2).split("\\s+", 2);
        findings.add(new Expected(parts[0], parts.length > 1 ? parts[1] : "", line));
      }
    }
    return new Expectations(findings, relations);
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureFindsExactlyWhatItExpects() throws IOException {
    List<Path> programs = TestFixtures.programs("analyzer");
    assertFalse(programs.isEmpty(), "no fixtures under " + TestFixtures.root().resolve("analyzer"));
    return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
  }

  private static void check(Path program) throws IOException {
    Expectations expected = expectations(program);
    ProgramReadResult read = ProgramReader.read(program);
    StaticReport report = StaticAnalyzer.analyze(read);
    List<Finding> findings = new ArrayList<>(report.deadCode());
    findings.addAll(report.constants());
    List<String> errors = new ArrayList<>();
    for (Expected e : expected.findings()) {
      boolean found = e.kind().equals("problem")
          ? report.problems().stream().anyMatch(e::matches)
          : findings.stream().anyMatch(e::matches);
      if (!found) {
        errors.add("expected but not found: " + e);
      }
    }
    for (Finding f : findings) {
      if (expected.findings().stream().noneMatch(e -> e.matches(f))) {
        errors.add("found but not expected: " + f);
      }
    }
    for (ProgramProblem p : report.problems()) {
      if (expected.findings().stream().noneMatch(e -> e.matches(p))) {
        errors.add("problem not expected: " + p.sentence());
      }
    }
    DataflowGraph graph = DataflowGraph.of(read.model());
    ValueSets values = new ValueSetInference(graph).infer();
    for (String[] r : expected.relations()) {
      Set<String> want = names(r[2]);
      Set<String> got;
      if (r[0].equals("feeds")) {
        got = new HeadsFeeding(graph, values).of(r[1]).heads().stream().map(HeadPath::head).collect(Collectors.toCollection(TreeSet::new));
      } else {
        String label = r[1].replaceFirst("^class\\s+\"?(.*?)\"?$", "$1");
        got = new TreeSet<>(new CircuitFinder(graph, values).circuit(label).nonFeedingFeatures());
      }
      if (!want.equals(got)) {
        errors.add("line " + r[3] + ": " + r[0] + " " + r[1] + ": expected " + want + ", found " + got);
      }
    }
    assertTrue(errors.isEmpty(), program + ":\n  " + String.join("\n  ", errors));
  }

  private static Set<String> names(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void fixturesCoverEveryKindOfFindingAndIncludeANegativeOne() throws IOException {
    Set<Finding.Kind> covered = EnumSet.noneOf(Finding.Kind.class);
    boolean negative = false;
    for (Path p : TestFixtures.programs("analyzer")) {
      Expectations e = expectations(p);
      e.findings().stream().filter(x -> !x.kind().equals("problem")).forEach(x -> covered.add(Finding.Kind.ofId(x.kind())));
      negative |= e.findings().isEmpty() && !e.relations().isEmpty();
    }
    assertEquals(EnumSet.allOf(Finding.Kind.class), covered);
    assertTrue(negative, "some fixture must expect no finding at all");
  }

  @Test
  void expectationsAreReadWithTheirLines() throws IOException {
    Path p = Files.createTempFile("expect", ".py");
    try {
      Files.writeString(p, "# expect: dead attn_0_1\nx = 1  # expect: problem\n# expect: feeds class \"3\": attn_0_0, attn_1_0\n");
      Expectations e = expectations(p);
      assertEquals(List.of(new Expected("dead", "attn_0_1", 0), new Expected("problem", "", 2)), e.findings());
      assertEquals(List.of("feeds", "class \"3\"", "attn_0_0, attn_1_0", "3"), List.of(e.relations().get(0)));
    } finally {
      Files.delete(p);
    }
  }
}
