package io.tprog.learner.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenOrderTest {

  @Test
  void specialsThenNumbersByValueThenTextByCodePoint() {
    assertEquals(
        List.of("<pad>", "<unk>", "<s>", "</s>", "0", "2", "007", "10", "123", "(", ")", "B-LOC", "O", "a", "}"),
        TokenOrder.sorted(List.of("}", "a", "10", "<s>", "O", "2", "</s>", "(", "123", "B-LOC", "0", "<unk>", ")",
            "<pad>", "007", "2")));
  }
}
