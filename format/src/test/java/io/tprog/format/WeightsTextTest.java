package io.tprog.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightsTextTest {
  @Test
  void plainFieldsAreWrittenAsTheyAre() {
    String text = new WeightsText(List.of("0", "1"))
        .row("tokens", "a", 0.5, -1.25)
        .row("ones", "_", 1.0, 0.0)
        .text();
    assertEquals("feature,value,0,1\ntokens,a,0.5,-1.25\nones,_,1.0,0.0\n", text);
  }

  @Test
  void aCommaAQuoteOrALineBreakInAClassFeatureOrValueIsQuoted() {
    String text = new WeightsText(List.of("a,b", "say \"hi\"", "plain"))
        .row("tokens", "x,y", 1.0, 2.0, 3.0)
        .row("tokens", "\"", 0.0, 0.0, 0.0)
        .row("odd,feature", "two\nlines", 1e-9, -0.0, 12345.678)
        .text();
    assertEquals("feature,value,\"a,b\",\"say \"\"hi\"\"\",plain\n"
            + "tokens,\"x,y\",1.0,2.0,3.0\n"
            + "tokens,\"\"\"\",0.0,0.0,0.0\n"
            + "\"odd,feature\",\"two\nlines\",1.0E-9,-0.0,12345.678\n",
        text);
  }

  @Test
  void aRowMustHaveOneWeightPerClass() {
    WeightsText text = new WeightsText(List.of("0", "1"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> text.row("tokens", "a", 1.0));
    assertEquals("the row tokens=a has 1 weights for 2 classes", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new WeightsText(List.of()));
  }
}
