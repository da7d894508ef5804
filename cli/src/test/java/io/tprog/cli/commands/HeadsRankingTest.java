package io.tprog.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.ablation.ComponentEffect;
import io.tprog.analyzer.ablation.OutputRanker;
import io.tprog.analyzer.ablation.OutputRanking;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.run.Evaluation;
import io.tprog.analyzer.run.Progress;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code tprog heads --output C --data}: components ranked by what ablating each does to the positions predicted as C,
 * on seeded per-length samples of the fixtures' own datasets. The dynamic counts are checked against the program
 * run in Jython with the component ablated (the code path of {@code tprog ablate}).
 */
class HeadsRankingTest {
  @Test
  void sortClassTwoHasSpreadScoresAndItsTopComponentMatters() throws Exception {
    String program = CommandRun.fixture("programs/sort/sort.py");
    Path data = FixtureData.sample("sort", 80, 2);
    CommandRun r = CommandRun.of("heads", program, "--output", "2", "--data", data.toString(), "--json", "--no-progress");
    assertEquals(0, r.exit(), r.err());
    JsonNode ranking = new ObjectMapper().readTree(r.out()).get("ranking");
    assertTrue(ranking.get("interpreted").asBoolean(), "the sort fixture is ablated in Java, checked against Jython");
    JsonNode components = ranking.get("components");
    Set<Double> scores = new HashSet<>();
    components.forEach(c -> scores.add(c.get("dynamicScore").asDouble()));
    assertTrue(scores.size() >= 3, "distinct dynamic scores: " + scores);
    for (int i = 1; i < components.size(); i++) {
      assertTrue(components.get(i - 1).get("dynamicScore").asDouble() >= components.get(i).get("dynamicScore").asDouble(), "sorted by effect");
    }

    JsonNode top = components.get(0);
    String component = top.get("component").asText();
    List<Example> examples = Dataset.read(data).examples();
    Ablator ablator = new Ablator(Path.of(program));
    Evaluation base = ablator.baseline(examples);
    Evaluation ablated = ablator.evaluate(List.of(component), examples);
    int predictedTwo = 0;
    int changed = 0;
    for (int e = 0; e < examples.size(); e++) {
      for (int p = 0; p < examples.get(e).tokens().size(); p++) {
        if (base.predictions().get(e).get(p).equals("2")) {
          predictedTwo++;
          if (!ablated.predictions().get(e).get(p).equals("2")) {
            changed++;
          }
        }
      }
    }
    assertEquals(predictedTwo, ranking.get("positions").asInt());
    assertEquals(changed, top.get("changed").asInt(), component);
    assertTrue(changed >= 0.10 * predictedTwo, component + " changes " + changed + " of " + predictedTwo);

    CommandRun text = CommandRun.of("heads", program, "--output", "2", "--data", data.toString(), "--no-progress");
    assertTrue(text.out().contains("heads and MLPs ranked by what they do for class 2 on " + predictedTwo + " positions predicted 2"), text.out());
    assertTrue(text.out().matches("(?s).*\\n  " + component + " +\\d +[0-9.]+ +[0-9.]+ +" + changed + "/" + predictedTwo + " .*"), text.out());
  }

  /** "Effect with no static path" would be an analyzer bug: never on the trained fixtures, for any class. */
  @Test
  void noEffectWithoutAStaticPathOnTheFixtures() {
    for (String task : List.of("sort", "hist", "dyck1")) {
      Path program = Path.of(CommandRun.fixture("programs/" + task + "/" + task + ".py"));
      List<Example> examples = Dataset.read(FixtureData.sample(task, 15, 3)).examples();
      OutputRanker ranker = new OutputRanker(new Ablator(program));
      for (String label : ranker.classes()) {
        OutputRanking ranking = ranker.rank(label, examples, Progress.NONE);
        List<ComponentEffect> bugs = ranking.components().stream().filter(c -> c.disagreement() == ComponentEffect.Disagreement.NO_STATIC_PATH).toList();
        assertTrue(bugs.isEmpty(), task + " class " + label + ": " + bugs);
      }
    }
  }
}
