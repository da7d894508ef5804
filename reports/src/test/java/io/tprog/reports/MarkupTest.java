package io.tprog.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MarkupTest {
  @Test
  void htmlEscapesEveryMarkupCharacter() {
    assertEquals("&lt;s&gt; &amp; &quot;q&quot; &#39;a&#39;", Markup.html("<s> & \"q\" 'a'"));
  }

  @Test
  void markdownCellsKeepTokensVisibleAndPipesInside() {
    assertEquals("&lt;/s&gt; a\\|b", Markup.cell("</s> a|b"));
  }

  @Test
  void numbersDoNotDependOnTheLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("99.83%", Markup.percent(0.9983));
      assertEquals("12.5", Markup.coordinate(12.5));
      assertEquals("12", Markup.coordinate(12.0));
    } finally {
      Locale.setDefault(saved);
    }
  }
}
