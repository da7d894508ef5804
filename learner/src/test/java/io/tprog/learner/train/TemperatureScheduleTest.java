package io.tprog.learner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TemperatureScheduleTest {

  @Test
  void geometricFromStartToEndOverTheSteps() {
    TemperatureSchedule s = new TemperatureSchedule(3.0, 0.01, 101);
    assertEquals(3.0, s.at(0), 1e-12);
    assertEquals(0.01, s.at(100), 1e-12);
    assertEquals(Math.sqrt(3.0 * 0.01), s.at(50), 1e-12);
    assertEquals(s.at(10) / s.at(9), s.at(80) / s.at(79), 1e-12);
    assertEquals(0.01, s.at(1000), 1e-12);
  }

  @Test
  void rejectsNonPositiveTemperatures() {
    assertThrows(IllegalArgumentException.class, () -> new TemperatureSchedule(0, 0.01, 10));
  }
}
