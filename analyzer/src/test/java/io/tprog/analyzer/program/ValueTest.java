package io.tprog.analyzer.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ValueTest {
  @Test
  void integersSortNumericallyBeforeStrings() {
    TreeSet<Value> sorted = new TreeSet<>(List.of(Value.of("b"), Value.of(10), Value.of("a"), Value.of(2), Value.of(-1)));
    assertEquals(List.of(Value.of(-1), Value.of(2), Value.of(10), Value.of("a"), Value.of("b")), List.copyOf(sorted));
  }

  @Test
  void jsonKeepsTheValueType() throws Exception {
    String json = new ObjectMapper().writeValueAsString(List.of(Value.of(3), Value.of("3"), Value.of(true), Value.none()));
    assertEquals("[3,\"3\",true,null]", json);
  }

  @Test
  void pythonLiteralAndWeightsText() {
    assertEquals("\"a\\\"b\"", Value.of("a\"b").python());
    assertEquals("7", Value.of(7).python());
    assertEquals("<s>", Value.of("<s>").weightsText());
  }
}
