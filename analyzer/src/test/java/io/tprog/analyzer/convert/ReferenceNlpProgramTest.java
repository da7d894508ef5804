package io.tprog.analyzer.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.analysis.StaticAnalyzer;
import io.tprog.analyzer.analysis.StaticReport;
import io.tprog.analyzer.data.TestFixtures;
import io.tprog.analyzer.program.Embedding;
import io.tprog.analyzer.program.ProgramFormat;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReadResult;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.analyzer.program.Value;
import io.tprog.format.sandbox.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reference-format NLP program in the paper's released style (fixtures/convert/reference_nlp: enum members as word
 * values, predicates and tables on members, a pandas frame of the embeddings table, a pooled classifier) is read with
 * no problem and no false dead code, and converts into a program of this format that predicts as the original
 * evaluated in Java (no pandas needed; the cli test also runs the original in CPython).
 */
class ReferenceNlpProgramTest {
  private static final Path REFERENCE = TestFixtures.path("convert/reference_nlp/reference_nlp.py");

  @TempDir Path dir;

  @Test
  void itsReportHasNoProblemAndNoDeadCode() {
    ProgramReadResult read = ProgramReader.read(REFERENCE);
    assertEquals(List.of(), read.problems());
    ProgramModel model = read.model();
    assertEquals(ProgramFormat.REFERENCE, model.format());
    Embedding var0 = model.embeddings().stream().filter(e -> e.name().equals("var0_embeddings")).findFirst().orElseThrow();
    assertEquals("Emb0.V%02d", var0.memberFormat());
    assertEquals(List.of(Value.member("Emb0.V02"), Value.member("Emb0.V03")), model.head("attn_0_0").orElseThrow().predicate().branches().get(0).queryValues());

    StaticReport report = StaticAnalyzer.analyze(read);
    assertEquals(List.of(), report.deadCode(), "no dead code, no unreachable branch or row");
    // Every value the table gives, as the enum member the program compares.
    assertEquals(List.of("Emb0.V00", "Emb0.V01", "Emb0.V02", "Emb0.V03"),
        report.valueSets().of("var0_embeddings").values().stream().map(Value::text).toList());
    assertEquals(List.of("Emb1.V00", "Emb1.V01", "Emb1.V02"),
        report.valueSets().of("attn_0_0").values().stream().map(Value::text).toList());
    List<String> circuit = report.classifierCircuit().components().stream().map(c -> c.id()).toList();
    assertTrue(circuit.containsAll(List.of("embed_df", "embeddings", "var0_embeddings", "var1_embeddings", "attn_0_0", "attn_0_1", "mlp_0_0")), circuit.toString());
  }

  @Test
  void itConvertsIntoAProgramThatPredictsTheSame() throws Exception {
    Converter.Converted converted = Converter.convert(REFERENCE);
    assertFalse(converted.source().contains("Emb0."), "members become the integers of the table");
    assertTrue(converted.embeddings().startsWith("word,emb_0,emb_1\n<pad>,0,0\n<unk>,0,1\n"), converted.embeddings());
    Path program = Converter.write(REFERENCE, converted, dir);
    assertTrue(Files.exists(dir.resolve("reference_nlp_embeddings.csv")));
    ProgramReadResult ours = ProgramReader.read(program);
    assertEquals(List.of(), ours.problems());
    assertEquals(ProgramFormat.TPROG, ours.model().format());
    assertEquals(List.of(), StaticAnalyzer.analyze(ours).deadCode());

    ProgramModel model = ProgramReader.read(REFERENCE).model();
    List<List<String>> inputs = new ArrayList<>(ReferenceCheck.examples(REFERENCE));
    assertEquals(4, inputs.size());
    inputs.addAll(ReferenceCheck.randomInputs(model, 100, ReferenceCheck.knownPositions(model), 7));
    List<List<String>> predicted = Programs.load(program).predictAll(inputs);
    ReferenceCheck.Outcome same = ReferenceCheck.compareInJava(model, inputs, predicted);
    assertTrue(same.compared(), same.whyNot());
    assertEquals(0, same.differences(), "first on " + same.firstDifference());
    // Pooled: the class at position 0, <pad> elsewhere; the examples do not all get one class.
    assertEquals(List.of("<pad>"), predicted.get(0).subList(1, predicted.get(0).size()).stream().distinct().toList());
    assertTrue(predicted.stream().map(p -> p.get(0)).distinct().count() > 1, predicted.toString());

    // The Java evaluation sees a wrong class at position 0.
    List<List<String>> wrong = new ArrayList<>(predicted);
    List<String> first = new ArrayList<>(wrong.get(0));
    first.set(0, first.get(0).equals("HUM") ? "LOC" : "HUM");
    wrong.set(0, first);
    ReferenceCheck.Outcome differs = ReferenceCheck.compareInJava(model, inputs, wrong);
    assertEquals(1, differs.differences());
    assertEquals(inputs.get(0), differs.firstDifference());
  }
}
