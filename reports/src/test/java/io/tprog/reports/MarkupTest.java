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
    assertEquals("\\</s> a\\|b \\<s>", Markup.cell("</s> a|b <s>"));
  }

  @Test
  void markdownEscapesOnlyWhatMarkdownWouldRead() {
    assertEquals("attn_0_0 --feature--> class \"1\"", Markup.cell("attn_0_0 --feature--> class \"1\""));
    assertEquals("a < b, 3 > 2, \\\\* and \\d", Markup.cell("a < b, 3 > 2, \\* and \\d"));
    assertEquals("&amp;gt; & co", Markup.cell("&gt; & co"));
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
