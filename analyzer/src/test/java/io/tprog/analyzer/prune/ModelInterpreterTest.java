package io.tprog.analyzer.prune;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.data.TestFixtures;
import io.tprog.analyzer.program.ProgramModel;
import io.tprog.analyzer.program.ProgramReader;
import io.tprog.format.sandbox.Programs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelInterpreterTest {
  /**
   * The Java interpreter picks the class the program's Jython run returns at every position the program does not
   * overwrite afterwards (its boundary tokens), on every input of the data.
   */
  @ParameterizedTest
  @CsvSource({
    "dynamic/sort/sort.py, dynamic/sort/sort.jsonl",
    "dynamic/hist/hist.py, dynamic/hist/hist.jsonl",
    "programs/sort/sort.py, dynamic/sort/sort.jsonl",
    "programs/reverse/reverse.py, dynamic/sort/sort.jsonl",
    "programs/hist/hist.py, dynamic/hist/hist.jsonl",
    "programs/double_hist/double_hist.py, dynamic/hist/hist.jsonl",
    "programs/most_freq/most_freq.py, dynamic/hist/hist.jsonl"
  })
  void agreesWithJython(String programPath, String dataPath) throws Exception {
    Path program = TestFixtures.path(programPath);
    ProgramModel model = ProgramReader.read(program).model();
    ModelInterpreter fast = ModelInterpreter.of(program, Files.readString(program), model).orElseThrow();
    List<Example> examples = Dataset.read(TestFixtures.path(dataPath)).examples();
    List<List<String>> jython = Programs.load(program).predictAll(examples.stream().map(Example::tokens).toList());
    List<String> classes = model.weightsFile().orElseThrow().classes();
    int compared = 0;
    for (int e = 0; e < examples.size(); e++) {
      int[] chosen = fast.classify(examples.get(e).tokens(), Set.of());
      for (int i = 0; i < chosen.length; i++) {
        String token = examples.get(e).tokens().get(i);
        if (!Set.of("<s>", "</s>").contains(token)) {
          assertEquals(jython.get(e).get(i), classes.get(chosen[i]), programPath + " " + examples.get(e).tokens() + " at " + i);
          compared++;
        }
      }
    }
    assertTrue(compared > examples.size());
  }
}
