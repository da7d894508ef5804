package io.tprog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EmbeddingsTextTest {
  @Test
  void oneRowAWordWithItsValuesAfterAHeaderOfVariables() {
    String text = new EmbeddingsText(2).row("Paris", 3, 0).row("@", 1, 31).text();
    assertEquals("word,emb_0,emb_1\nParis,3,0\n@,1,31\n", text);
  }

  @Test
  void aWordIsWrittenAsTheProgramLooksItUp() {
    String text = new EmbeddingsText(1).row("a,b", 1).row("\"", 2).row("caf\u00e9\\", 3).text();
    assertEquals("word,emb_0\n\"a,b\",1\n\"\"\"\",2\ncaf\\u00e9\\\\,3\n", text);
  }

  @Test
  void aRowMustHaveOneValuePerVariable() {
    EmbeddingsText text = new EmbeddingsText(2);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> text.row("a", 1));
    assertEquals("the word a has 1 values for 2 variables", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new EmbeddingsText(0));
  }
}
