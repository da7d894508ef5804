package io.tprog.learner.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.learner.metrics.EntityScores.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityScoresTest {

  private static List<String> tags(String s) {
    return List.of(s.split(" "));
  }

  @Test
  void anInsideTagWithoutABeginningIsNoEntity() {
    assertEquals(List.of(), EntityScores.entities(tags("O I-PER I-PER O")));
    assertEquals(List.of(new Entity("LOC", 2, 3)), EntityScores.entities(tags("I-LOC O B-LOC I-PER")));
  }

  @Test
  void aTypeChangeInsideAnEntityEndsIt() {
    // B-ORG I-ORG I-LOC: the ORG entity is positions 1-2; I-LOC continues nothing, so it is no entity.
    assertEquals(List.of(new Entity("ORG", 0, 2)), EntityScores.entities(tags("B-ORG I-ORG I-LOC O")));
    // A B- right after an entity starts a new one, of either type.
    assertEquals(
        List.of(new Entity("PER", 0, 1), new Entity("PER", 1, 3)), EntityScores.entities(tags("B-PER B-PER I-PER")));
  }

  @Test
  void entitiesAtTheSentenceEdgesCountAndPaddingIsOutside() {
    assertEquals(
        List.of(new Entity("MISC", 1, 3), new Entity("LOC", 4, 5)),
        EntityScores.entities(tags("<pad> B-MISC I-MISC O B-LOC")));
    assertEquals(List.of(new Entity("PER", 0, 1)), EntityScores.entities(tags("B-PER")));
  }

  @Test
  void scoresAreMicroAveragedOverSentencesWithExactSpans() {
    List<List<String>> gold = List.of(tags("B-PER I-PER O B-LOC"), tags("B-ORG O O"), tags("O O"));
    // Sentence 1: PER cut short (wrong), LOC right. Sentence 2: ORG right, an extra MISC from an orphan I-. Sentence 3:
    // a false LOC.
    List<List<String>> predicted = List.of(tags("B-PER O O B-LOC"), tags("B-ORG I-MISC B-MISC"), tags("O B-LOC"));
    EntityScores s = EntityScores.of(gold, predicted);
    assertEquals(new EntityScores(2, 5, 3), s);
    assertEquals(0.4, s.precision(), 1e-12);
    assertEquals(2.0 / 3, s.recall(), 1e-12);
    assertEquals(2 * 0.4 * (2.0 / 3) / (0.4 + 2.0 / 3), s.f1(), 1e-12);
    assertEquals(0, EntityScores.of(List.of(tags("O")), List.of(tags("O"))).f1());
  }
}
