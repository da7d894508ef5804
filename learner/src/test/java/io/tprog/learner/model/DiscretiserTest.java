package io.tprog.learner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.learner.data.Dataset;
import io.tprog.learner.data.Datasets;
import io.tprog.learner.data.Example;
import io.tprog.learner.data.Task;
import io.tprog.learner.program.Evaluation;
import io.tprog.learner.program.Program;
import io.tprog.learner.program.ProgramEvaluator;
import io.tprog.learner.train.DatasetEncoder;
import io.tprog.learner.train.Trainer;
import io.tprog.learner.train.TrainingConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Tag("slow")
class DiscretiserTest {

  /**
   * After a little training (so choices, predicates and tables are arbitrary but fixed), every variable of the
   * discretised program equals the model's argmax value at every position of every example, on a non-causal and a
   * causal task, trained with either attention scores: the reads, predicates, tie-break bias, MLP tables and numerical
   * sums all carry over exactly.
   */
  @ParameterizedTest
  @CsvSource({"double_hist,linear", "dyck2,log", "sort,ranked"})
  void everyVariableOfTheProgramEqualsTheHardModel(String taskId, String scores) {
    Task task = Task.fromId(taskId);
    var spec = task.defaults().withSize(400);
    Dataset dataset = Datasets.generate(task, spec);
    int k = Math.max(spec.maxLength(), dataset.vocabulary().size());
    ModelConfig config =
        ModelConfig.builder(dataset.vocabulary(), dataset.classes())
            .layers(2).heads(2, 1).mlps(1, 1).sizes(k, spec.maxLength()).causal(task.causal()).mlpHidden(16)
            .attentionScores(AttentionScores.fromId(scores)).build();
    List<Example> examples = dataset.split(Dataset.TRAIN);
    EncodedBatch batch = new DatasetEncoder(config.vocabulary(), config.classes(), config.maxLength()).encode(examples);
    try (var model = new TransformerProgramModel(config, 5, 0.05f)) {
      new Trainer(model, new TrainingConfig(2, 64, 0.05, 3.0, 0.01, 5), "t").showProgress(false).train(batch, batch.slice(0, 0), null, false);
      Program program = new Discretiser(model).discretise(taskId);
      ProgramEvaluator evaluator = new ProgramEvaluator(program);
      Map<String, int[]> hard = model.hardValues(batch);
      int n = config.maxLength();
      for (int e = 0; e < examples.size(); e++) {
        Evaluation evaluation = evaluator.evaluate(examples.get(e).tokens());
        for (String variable : model.categoricalNames()) {
          int[] values = evaluation.categorical().get(variable);
          for (int i = 0; i < values.length; i++) {
            assertEquals(hard.get(variable)[e * n + i], values[i], variable + " example " + e + " position " + i);
          }
        }
        for (String variable : model.numericalNames()) {
          int[] values = evaluation.numerical().get(variable);
          for (int i = 0; i < values.length; i++) {
            assertEquals(hard.get(variable)[e * n + i], values[i], variable + " example " + e + " position " + i);
          }
        }
      }
    }
  }
}
