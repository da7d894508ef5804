package io.tprog.analyzer.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgramReaderTest {
  @TempDir Path dir;

  @Test
  void readsEveryComponentOfTheCleanFixture() {
    ProgramReadResult r = TestFixtures.read("clean");
    assertEquals(List.of(), r.problems());
    ProgramModel m = r.model();
    assertEquals(ProgramFormat.TPROG, m.format());
    assertEquals(List.of("0", "1", "2"), m.classes());
    assertEquals("toy", m.header().get("task"));
    assertEquals(List.of("tokens", "positions", "ones"), m.embeddings().stream().map(Embedding::name).toList());
    assertEquals(List.of("attn_0_0", "attn_0_1", "num_attn_0_0", "attn_1_0"), m.heads().stream().map(Head::name).toList());
    assertEquals(2, m.layers());
    Head a00 = m.head("attn_0_0").orElseThrow();
    assertEquals(List.of("positions", "positions", "tokens"), List.of(a00.query(), a00.key(), a00.value()));
    assertEquals(
        Map.of(Value.of(0), Value.of(0), Value.of(1), Value.of(0), Value.of(2), Value.of(1), Value.of(3), Value.of(2)),
        a00.predicate().queryToKey());
    assertEquals("q_position", a00.predicate().queryArgument());
    Head a10 = m.head("attn_1_0").orElseThrow();
    assertEquals(List.of("mlp_0_0_outputs", "positions", "tokens"), List.of(a10.query(), a10.key(), a10.value()));
    Head num = m.head("num_attn_0_0").orElseThrow();
    assertTrue(num.numerical());
    assertEquals("ones", num.value());
    Mlp mlp = m.mlp("mlp_0_0").orElseThrow();
    assertEquals(List.of("attn_0_0_outputs", "tokens"), mlp.inputs());
    assertEquals(2, mlp.rows().size());
    assertTrue(mlp.rows().get(0).inputs().contains(List.of(Value.of("1"), Value.of("1"))));
    assertEquals(Value.of(1), mlp.rows().get(0).output());
    assertEquals(Value.of(0), mlp.defaultOutput());
    Mlp numMlp = m.mlp("num_mlp_0_0").orElseThrow();
    assertEquals(List.of("num_attn_0_0_outputs"), numMlp.inputs());
    assertEquals(List.of(List.of(Value.of(0)), List.of(Value.of(1))), numMlp.rows().get(0).inputs());
    assertEquals(9, m.features().size());
    assertEquals(new ClassifierFeature("ones", "ones", m.features().get(2).line()), m.features().get(2));
    assertNotNull(m.weights());
    assertEquals(List.of("0", "1", "2"), m.weights().classes());
  }

  @Test
  void referenceFormatGivesTheSameComponentsAsOurFormat() {
    ProgramReadResult ref = TestFixtures.read("reference");
    assertEquals(List.of(), ref.problems());
    ProgramModel r = ref.model();
    ProgramModel c = TestFixtures.read("clean").model();
    assertEquals(ProgramFormat.REFERENCE, r.format());
    assertEquals(List.of("attn_0_0", "attn_0_1", "num_attn_0_0", "attn_1_0"), r.heads().stream().map(Head::name).toList());
    for (Head h : r.heads()) {
      Head same = c.head(h.name()).orElseThrow();
      assertEquals(List.of(same.query(), same.key(), same.value(), same.kind()), List.of(h.query(), h.key(), h.value(), h.kind()));
      assertEquals(same.predicate().queryToKey(), h.predicate().queryToKey(), h.name());
    }
    assertEquals(c.mlp("mlp_0_0").orElseThrow().rows().stream().map(MlpRow::inputs).toList(),
        r.mlp("mlp_0_0").orElseThrow().rows().stream().map(MlpRow::inputs).toList());
    assertEquals(
        List.of("tokens", "positions", "ones", "attn_0_0_outputs", "attn_0_1_outputs", "num_attn_0_0_outputs",
            "mlp_0_0_outputs", "attn_1_0_outputs"),
        r.features().stream().map(ClassifierFeature::feature).toList());
    assertEquals("num_attn_0_0_outputs", r.features().get(5).variable());
    assertNotNull(r.weights(), "the weights file named in pd.read_csv is found beside the program");
  }

  private ProgramReadResult source(String body) {
    return ProgramReader.read(
        "CLASSES = [\"a\", \"b\"]\n\ndef run(tokens):\n    positions = list(range(len(tokens)))\n" + body, "p.py", null);
  }

  @Test
  void aBranchOutsideTheShapeIsAProblemAndTheRestIsStillRead() {
    ProgramReadResult r =
        source(
            """
                def predicate_0_0(q_position, k_position):
                    if q_position in {0, 1}:
                        return k_position == 0
                    elif q_position > 3:
                        return k_position == 1
                    elif q_position in {2}:
                        return k_position < 2
                    return False
                attn_0_0_pattern = select_closest(positions, positions, predicate_0_0)
                attn_0_0_outputs = aggregate(attn_0_0_pattern, tokens)
                return classify(WEIGHTS, [("attn_0_0_outputs", attn_0_0_outputs)])
            """);
    assertEquals(2, r.problems().size(), r.problems().toString());
    assertEquals(8, r.problems().get(0).line());
    assertEquals(11, r.problems().get(1).line());
    assertTrue(r.problems().get(1).sentence().startsWith("p.py:11:"), r.problems().get(1).sentence());
    Head h = r.model().head("attn_0_0").orElseThrow();
    assertTrue(h.predicate().opaque());
    assertEquals(Map.of(Value.of(0), Value.of(0), Value.of(1), Value.of(0)), h.predicate().queryToKey());
    assertEquals(1, r.model().features().size());
  }

  @Test
  void syntaxErrorsAreProblemsWithLineAndColumn() {
    ProgramReadResult r = ProgramReader.read("def run(tokens):\n    x = (1,\n", "bad.py", null);
    assertFalse(r.problems().isEmpty());
    assertTrue(r.problems().get(0).line() > 0, r.problems().toString());
    assertTrue(r.model().heads().isEmpty());
  }

  @Test
  void userStatementsBecomeDefUseAndReassignmentIsAProblem() {
    ProgramReadResult r =
        source(
            """
                shifted = [p + 1 for p in positions]
                both = [a + b for a, b in zip(shifted, positions)]
                shifted = positions
                print(both)
                return classify(WEIGHTS, [("both", both)])
            """);
    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).message().contains("shifted is assigned again (first at line 5)"), r.problems().toString());
    List<ExtraStatement> extras = r.model().extras();
    assertEquals(new ExtraStatement("shifted", List.of("positions"), 5), extras.get(0));
    assertEquals(new ExtraStatement("both", List.of("shifted", "positions"), 6), extras.get(1));
    assertEquals(new ExtraStatement(null, List.of("both"), 8), extras.get(2));
  }

  @Test
  void learnerStyleClassifierAndMlpOverOneVariableTwice() {
    ProgramReadResult r =
        source(
            """
                def mlp_0_0(position_a, position_b):
                    key = (position_b, position_a)
                    if key in {(1, 0), (2, 0)}:
                        return 3
                    return 0
                mlp_0_0_outputs = [mlp_0_0(a, b) for a, b in zip(positions, positions)]
                predictions = classify(WEIGHTS, [("positions", positions), ("mlp_0_0_outputs", mlp_0_0_outputs)], pooled=True)
                return [t if t in {"<s>"} else p for t, p in zip(tokens, predictions)]
            """);
    assertEquals(List.of(), r.problems());
    Mlp m = r.model().mlp("mlp_0_0").orElseThrow();
    assertEquals(List.of("positions", "positions"), m.inputs());
    assertEquals(List.of(List.of(Value.of(0), Value.of(1)), List.of(Value.of(0), Value.of(2))), m.rows().get(0).inputs(),
        "key tuples are stored in argument order");
    assertEquals(2, r.model().features().size());
    assertTrue(r.model().extras().isEmpty(), "statements after the classifier cannot reach it");
  }

  @Test
  void missingProgramIsOneSentenceNamingIt() {
    Path p = dir.resolve("absent.py");
    ProgramFileException e = assertThrows(ProgramFileException.class, () -> ProgramReader.read(p));
    assertEquals("program file " + p + " does not exist", e.getMessage());
  }

  @Test
  void aFileThatCannotBeReadIsOneSentenceNamingIt() throws IOException {
    Path latin1 = Files.write(dir.resolve("latin1.py"), new byte[] {'#', ' ', (byte) 0xe9, '\n'});
    assertEquals("program file " + latin1 + " is not UTF-8 text",
        assertThrows(ProgramFileException.class, () -> ProgramReader.read(latin1)).getMessage());
    Path folder = Files.createDirectory(dir.resolve("folder.py"));
    assertTrue(assertThrows(ProgramFileException.class, () -> ProgramReader.read(folder)).getMessage()
        .startsWith("program file " + folder + " cannot be read: "));
    // The files beside a program, as its source names them: the program is still read, with one problem per file.
    Path words = Files.copy(TestFixtures.analyzer("word_embeddings"), dir.resolve("word_embeddings.py"));
    Path weights = Files.write(dir.resolve("word_embeddings_weights.csv"), new byte[] {'f', (byte) 0xff, '\n'});
    ProgramReadResult r = ProgramReader.read(words);
    assertEquals(
        List.of(
            words + ": embeddings file " + dir.resolve("word_embeddings_embeddings.csv") + " does not exist",
            words + ": weights file " + weights + " is not UTF-8 text"),
        r.problems().stream().map(ProgramProblem::sentence).toList());
    assertFalse(r.model().heads().isEmpty(), "the program is still read");
  }

  @Test
  void corruptWeightsFileIsAProblemNamingFileAndLine() throws IOException {
    Files.copy(TestFixtures.analyzer("clean"), dir.resolve("clean.py"));
    Files.writeString(dir.resolve("clean_weights.csv"), "feature,value,0,1,2\ntokens,0,1,2\n");
    ProgramReadResult r = ProgramReader.read(dir.resolve("clean.py"));
    assertNull(r.model().weights());
    assertEquals(1, r.problems().size());
    String sentence = r.problems().get(0).sentence();
    assertTrue(sentence.contains(dir.resolve("clean_weights.csv") + " line 2"), sentence);
    assertEquals(4, r.model().heads().size(), "the program is still read");
  }
}
