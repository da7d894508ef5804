package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.convert.ReferenceCheck;
import io.tprog.analyzer.program.Head;
import io.tprog.analyzer.program.Mlp;
import io.tprog.analyzer.program.ProgramFormat;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converting the reference-format fixture. CPython runs the reference with fixtures/convert/fake_pandas (the few
 * pandas and numpy calls such programs make, written for these tests) since pandas is not installed here.
 */
class ConvertCommandTest {
  @TempDir Path dir;

  private static final String REFERENCE = CommandRun.fixture("analyzer/reference/reference.py");
  private Path python;

  @BeforeEach
  void pythonWithTheFakes() throws Exception {
    python = dir.resolve("python-with-fakes");
    Files.writeString(python, "#!/bin/sh\nPYTHONPATH='" + CommandRun.fixture("convert/fake_pandas") + "' exec python3 \"$@\"\n");
    python.toFile().setExecutable(true);
  }

  @Test
  void theConvertedProgramPredictsAsTheReferenceAndKeepsItsComponents() throws Exception {
    Path out = dir.resolve("out");
    CommandRun r = CommandRun.of("convert", REFERENCE, "--out", out.toString(), "--python", python.toString());
    assertEquals(0, r.exit(), r.err());
    // Its select_closest is not the paper's, so only CPython can check it.
    assertTrue(r.out().contains("not compared with the reference evaluated in Java: the plain-Java evaluation follows only programs with the paper's select_closest"), r.out());
    assertTrue(r.out().contains("same predictions as the reference run by " + python + " on its 2 examples and 200 random inputs"), r.out());
    ProgramModel before = ProgramReader.read(Path.of(REFERENCE)).model();
    ProgramModel after = ProgramReader.read(out.resolve("reference.py")).model();
    assertEquals(ProgramFormat.TPROG, after.format());
    assertEquals(before.heads().stream().map(Head::name).toList(), after.heads().stream().map(Head::name).toList());
    assertEquals(before.heads().stream().map(h -> h.predicate().queryToKey()).toList(), after.heads().stream().map(h -> h.predicate().queryToKey()).toList());
    // Every MLP keeps its table: the same rows, inputs to output, in the same order (only their lines may move).
    assertEquals(tables(before), tables(after));
    assertTrue(tables(before).stream().mapToInt(List::size).sum() > 0, "the reference has MLP rows to keep");
    assertEquals(before.features().stream().map(f -> f.feature() + "=" + f.variable()).toList(),
        after.features().stream().map(f -> f.feature() + "=" + f.variable()).toList());
    CommandRun report = CommandRun.of("report", out.resolve("reference.py").toString());
    assertEquals(0, report.exit(), report.err());
    assertTrue(report.out().contains("(tprog format)"), report.out());
  }

  /**
   * The paper's NLP style (fixtures/convert/reference_nlp): enum members, a pandas frame of the embeddings table, a
   * pooled classifier. The converted program, its weights and its embeddings table in this format predict as the
   * reference evaluated in Java and as the reference run by CPython, on its own examples and random sentences of its
   * table's words; its report has no problems and no dead code.
   */
  @Test
  void anNlpReferenceConvertsWithItsEmbeddingsTable() throws Exception {
    Path out = dir.resolve("nlp");
    CommandRun r = CommandRun.of("convert", CommandRun.fixture("convert/reference_nlp/reference_nlp.py"), "--out", out.toString(),
        "--python", python.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().contains("same predictions as the reference evaluated in Java on its 4 examples and 200 random inputs"), r.out());
    assertTrue(r.out().contains("same predictions as the reference run by " + python + " on its 4 examples and 200 random inputs"), r.out());
    assertTrue(Files.readString(out.resolve("reference_nlp_embeddings.csv")).startsWith("word,emb_0,emb_1\n"));
    CommandRun report = CommandRun.of("report", out.resolve("reference_nlp.py").toString());
    assertEquals(0, report.exit(), report.err());
    assertTrue(report.out().contains("problems: 0") && report.out().contains("dead or unreachable code: 0 findings"), report.out());
    CommandRun original = CommandRun.of("report", CommandRun.fixture("convert/reference_nlp/reference_nlp.py"));
    assertTrue(original.out().contains("problems: 0") && original.out().contains("dead or unreachable code: 0 findings"), original.out());
  }

  @Test
  void aDifferenceFromTheReferenceIsFound() throws Exception {
    ProgramModel model = ProgramReader.read(Path.of(REFERENCE)).model();
    List<List<String>> inputs = ReferenceCheck.randomInputs(model, 20, ReferenceCheck.knownPositions(model), 3);
    List<List<String>> wrong = new ArrayList<>();
    for (List<String> in : inputs) {
      wrong.add(in.stream().map(t -> "nonsense").toList());
    }
    ReferenceCheck.Outcome outcome = ReferenceCheck.compare(python.toString(), Path.of(REFERENCE), inputs, wrong);
    assertTrue(outcome.compared());
    assertEquals(20, outcome.differences());
    assertEquals(inputs.get(0), outcome.firstDifference());
  }

  @Test
  void refusesWhatItCannotConvert() throws Exception {
    CommandRun ours = CommandRun.of("convert", CommandRun.fixture("dynamic/sort/sort.py"), "--out", dir.resolve("x").toString());
    assertEquals(2, ours.exit());
    assertTrue(ours.err().contains("already in this project's format"), ours.err());
    CommandRun same = CommandRun.of("convert", REFERENCE, "--out", Path.of(REFERENCE).getParent().toString());
    assertEquals(2, same.exit());
    assertTrue(same.err().contains("own folder"), same.err());
  }

  private static List<List<String>> tables(ProgramModel model) {
    return model.mlps().stream()
        .map(m -> m.rows().stream().map(r -> r.inputs() + " -> " + r.output()).toList())
        .toList();
  }
}
