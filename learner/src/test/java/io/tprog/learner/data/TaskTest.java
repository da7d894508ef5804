package io.tprog.learner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskTest {

  private static List<String> words(String s) {
    return Arrays.asList(s.split(" "));
  }

  // Labels recomputed from the task definitions, written independently of Task.

  /** The expected labels of {@code tokens}, from model.md section 9, by the most direct computation. */
  static List<String> expectedLabels(Task task, List<String> tokens) {
    int n = tokens.size();
    List<String> out = new ArrayList<>();
    out.add("<pad>");
    switch (task) {
      case REVERSE -> {
        for (int i = 1; i < n - 1; i++) {
          out.add(tokens.get(n - 1 - i));
        }
        out.add("<pad>");
      }
      case SORT -> {
        int[] counts = new int[100];
        for (int i = 1; i < n - 1; i++) {
          counts[Integer.parseInt(tokens.get(i))]++;
        }
        for (int v = 0; v < counts.length; v++) {
          for (int c = 0; c < counts[v]; c++) {
            out.add(Integer.toString(v));
          }
        }
        out.add("<pad>");
      }
      case HIST -> {
        for (int i = 1; i < n; i++) {
          out.add(Integer.toString(occurrences(tokens, tokens.get(i))));
        }
      }
      case DOUBLE_HIST -> {
        for (int i = 1; i < n; i++) {
          int mine = occurrences(tokens, tokens.get(i));
          Set<String> sameCount = new HashSet<>();
          for (int j = 1; j < n; j++) {
            if (occurrences(tokens, tokens.get(j)) == mine) {
              sameCount.add(tokens.get(j));
            }
          }
          out.add(Integer.toString(sameCount.size()));
        }
      }
      case MOST_FREQ -> {
        Set<String> taken = new HashSet<>();
        while (true) {
          String best = null;
          for (int i = 1; i < n; i++) {
            String t = tokens.get(i);
            // Strictly greater keeps the earliest first occurrence among equal counts.
            if (!taken.contains(t) && (best == null || occurrences(tokens, t) > occurrences(tokens, best))) {
              best = t;
            }
          }
          if (best == null) {
            break;
          }
          taken.add(best);
          out.add(best);
        }
        while (out.size() < n) {
          out.add("<s>");
        }
      }
      case DYCK1, DYCK2 -> {
        boolean failed = false;
        for (int i = 1; i < n; i++) {
          String reduced = String.join("", tokens.subList(1, i + 1));
          String before;
          do {
            before = reduced;
            reduced = reduced.replace("()", "").replace("{}", "");
          } while (!reduced.equals(before));
          failed |= reduced.contains(")") || reduced.contains("}");
          out.add(failed ? "F" : reduced.isEmpty() ? "T" : "P");
        }
      }
      case INDUCTION -> {
        for (int i = 1; i < n; i++) {
          String t = tokens.get(i);
          if (Character.isDigit(t.charAt(0))) {
            out.add("<pad>");
            continue;
          }
          String label = "<unk>";
          for (int j = 1; j < i; j++) {
            if (tokens.get(j).equals(t)) {
              label = tokens.get(j + 1);
            }
          }
          out.add(label);
        }
      }
    }
    return out;
  }

  private static int occurrences(List<String> tokens, String token) {
    int c = 0;
    for (int i = 1; i < tokens.size(); i++) {
      if (tokens.get(i).equals(token)) {
        c++;
      }
    }
    return c;
  }

  // Every generated example, checked against the definitions.

  @ParameterizedTest
  @EnumSource(Task.class)
  void everyGeneratedExampleMatchesTheDefinition(Task task) {
    DatasetSpec spec = task.defaults().withSize(4000);
    Dataset d = Datasets.generate(task, spec);
    Set<String> vocabulary = new HashSet<>(task.vocabulary(spec));
    Set<String> classes = new HashSet<>(task.classes(spec));
    assertEquals(4000, d.examples().size());
    for (Example e : d.examples()) {
      List<String> t = e.tokens();
      assertEquals(expectedLabels(task, t), e.labels(), task.id() + " " + t);
      assertEquals("<s>", t.get(0));
      assertTrue(vocabulary.containsAll(t), "tokens outside the vocabulary: " + t);
      assertTrue(classes.containsAll(e.labels()), "labels outside the classes: " + e.labels());
      assertTrue(t.size() <= spec.maxLength(), "too long: " + t);
      assertShape(task, spec, t);
    }
  }

  private static void assertShape(Task task, DatasetSpec spec, List<String> t) {
    switch (task) {
      case REVERSE, SORT -> {
        assertEquals("</s>", t.get(t.size() - 1));
        assertTrue(t.size() >= 3);
        assertFalse(t.subList(1, t.size() - 1).contains("</s>"));
      }
      case HIST, DOUBLE_HIST, MOST_FREQ -> assertTrue(t.size() >= 2 && !t.contains("</s>"));
      case DYCK1, DYCK2 -> assertEquals(spec.maxLength(), t.size());
      case INDUCTION -> {
        assertEquals(spec.maxLength(), t.size());
        assertInductionMapIsConsistent(t);
      }
    }
  }

  /** Every occurrence of a letter is followed by the same digit: one letter-to-digit map per sequence. */
  private static void assertInductionMapIsConsistent(List<String> t) {
    Map<String, String> map = new HashMap<>();
    boolean leadingDigit = Character.isDigit(t.get(1).charAt(0));
    int firstLetter = leadingDigit ? 2 : 1;
    for (int i = firstLetter; i < t.size(); i += 2) {
      assertTrue(Character.isLetter(t.get(i).charAt(0)), "letter expected at " + i + " in " + t);
      if (i + 1 < t.size()) {
        assertTrue(Character.isDigit(t.get(i + 1).charAt(0)), "digit expected at " + (i + 1) + " in " + t);
        String before = map.putIfAbsent(t.get(i), t.get(i + 1));
        assertTrue(before == null || before.equals(t.get(i + 1)), "inconsistent map in " + t);
      }
    }
  }

  @Test
  void handWorkedExamplesFromTheDefinitions() {
    assertEquals(words("<pad> 1 4 3 <pad>"), Task.REVERSE.labels(words("<s> 3 4 1 </s>")));
    assertEquals(words("<pad> 1 3 3 4 <pad>"), Task.SORT.labels(words("<s> 3 1 4 3 </s>")));
    assertEquals(words("<pad> 2 1 2 1"), Task.HIST.labels(words("<s> 3 1 3 0")));
    // counts 3:2, 1:1, 0:1, 5:1 -> one token has count 2, three have count 1
    assertEquals(words("<pad> 1 3 1 3 3"), Task.DOUBLE_HIST.labels(words("<s> 3 1 3 0 5")));
    // counts 2:2, 1:2, 3:1; 2 occurs first among the ties
    assertEquals(words("<pad> 2 1 3 <s> <s>"), Task.MOST_FREQ.labels(words("<s> 2 1 2 3 1")));
    assertEquals(words("<pad> P T P P P T F"), Task.DYCK1.labels(words("<s> ( ) ( ( ) ) )")));
    assertEquals(words("<pad> P P F F"), Task.DYCK2.labels(words("<s> ( { ) }")));
    assertEquals(words("<pad> P P P T"), Task.DYCK2.labels(words("<s> { ( ) }")));
    assertEquals(words("<pad> <unk> <pad> <unk> <pad> 2 <pad> 0"), Task.INDUCTION.labels(words("<s> a 2 b 0 a 2 b")));
    assertEquals(words("<pad> <pad> <unk> <pad> 3"), Task.INDUCTION.labels(words("<s> 1 c 3 c")));
  }

  @ParameterizedTest
  @EnumSource(Task.class)
  void vocabularyHasTheRequestedSizeWithPadFirstInTokenOrder(Task task) {
    DatasetSpec spec = task.defaults();
    List<String> vocab = task.vocabulary(spec);
    assertEquals(spec.vocabSize(), vocab.size(), vocab.toString());
    assertEquals("<pad>", vocab.get(0));
    assertEquals(TokenOrder.sorted(vocab), vocab);
    List<String> classes = task.classes(spec);
    assertEquals("<pad>", classes.get(0));
    assertEquals(TokenOrder.sorted(classes), classes);
  }

  @Test
  void vocabularyAndClassesFollowTheOptions() {
    DatasetSpec big = new DatasetSpec(100, 0, 16, 12);
    assertEquals(List.of("<pad>", "<s>", "</s>", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"),
        Task.SORT.vocabulary(big));
    assertEquals(List.of("<pad>", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11"), Task.HIST.classes(big));
    assertEquals(List.of("<pad>", "<s>", "0", "1", "2"), Task.MOST_FREQ.vocabulary(new DatasetSpec(1, 0, 5, 8)));
    assertEquals(List.of("<pad>", "<s>", "0", "1", "2", "a", "b", "c"), Task.INDUCTION.vocabulary(new DatasetSpec(1, 0, 8, 6)));
    assertEquals(List.of("<pad>", "<unk>", "0", "1", "2"), Task.INDUCTION.classes(new DatasetSpec(1, 0, 8, 6)));
    assertEquals(List.of("<pad>", "<s>", "(", ")", "{", "}"), Task.DYCK2.vocabulary(Task.DYCK2.defaults()));
    assertEquals(List.of("<pad>", "F", "P", "T"), Task.DYCK1.classes(Task.DYCK1.defaults()));
  }

  @Test
  void largerOptionsReachLongerInputsAndMoreSymbols() {
    DatasetSpec spec = new DatasetSpec(3000, 3, 14, 12);
    Dataset d = Datasets.generate(Task.SORT, spec);
    assertEquals(12, d.maxLength());
    assertTrue(d.examples().stream().anyMatch(e -> e.tokens().contains("10")));
    for (Example e : d.examples()) {
      assertEquals(expectedLabels(Task.SORT, e.tokens()), e.labels());
    }
  }

  @Test
  void defaultsAreThePapersSettings() {
    assertEquals(new DatasetSpec(20_000, 0, 8, 8), Task.SORT.defaults());
    assertEquals(new DatasetSpec(20_000, 0, 8, 8), Task.MOST_FREQ.defaults());
    assertEquals(new DatasetSpec(20_000, 0, 4, 16), Task.DYCK1.defaults());
    assertEquals(new DatasetSpec(20_000, 0, 6, 16), Task.DYCK2.defaults());
    assertEquals(new DatasetSpec(20_000, 0, 10, 10), Task.INDUCTION.defaults());
    assertTrue(Task.DYCK1.causal() && Task.DYCK2.causal() && Task.INDUCTION.causal());
    assertFalse(Task.SORT.causal() || Task.HIST.causal());
  }

  @Test
  void idsRoundTripAndUnknownIdsListTheValidOnes() {
    for (Task t : Task.values()) {
      assertEquals(t, Task.fromId(t.id()));
    }
    assertEquals("double_hist", Task.DOUBLE_HIST.id());
    DatasetSpecException e = assertThrows(DatasetSpecException.class, () -> Task.fromId("sorting"));
    assertEquals(
        "Unknown task 'sorting'; the tasks are reverse, sort, hist, double_hist, most_freq, dyck1, dyck2, induction.",
        e.getMessage());
  }

  @Test
  void specsATaskCannotUseAreRejectedWithTheReason() {
    assertEquals(
        "Task hist needs a vocabulary size of at least 3 (<pad>, <s> and one symbol), but the vocabulary size is 2.",
        assertThrows(DatasetSpecException.class, () -> Task.HIST.validate(new DatasetSpec(10, 0, 2, 8))).getMessage());
    assertTrue(
        assertThrows(DatasetSpecException.class, () -> Task.DYCK1.validate(new DatasetSpec(10, 0, 8, 16)))
            .getMessage()
            .contains("fixed vocabulary of 4 tokens"));
    assertTrue(
        assertThrows(DatasetSpecException.class, () -> Task.INDUCTION.validate(new DatasetSpec(10, 0, 10, 9)))
            .getMessage()
            .contains("even maximum length"));
    assertThrows(DatasetSpecException.class, () -> Task.REVERSE.validate(new DatasetSpec(10, 0, 8, 2)));
    assertThrows(DatasetSpecException.class, () -> new DatasetSpec(0, 0, 8, 8));
    assertThrows(DatasetSpecException.class, () -> new DatasetSpec(DatasetSpec.MAX_SIZE + 1, 0, 8, 8));
    assertThrows(DatasetSpecException.class, () -> Datasets.generate(Task.SORT, new DatasetSpec(10, 0, 3, 8)));
  }
}
