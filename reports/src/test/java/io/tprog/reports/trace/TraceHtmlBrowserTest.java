package io.tprog.reports.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tprog.analyzer.trace.HeadSelection;
import io.tprog.analyzer.trace.Trace;
import io.tprog.reports.Browser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens a trace report in a real headless Chromium and reads back what a user sees. */
@Tag("slow")
class TraceHtmlBrowserTest {
  private static final Path OUT = Path.of("target", "browser", "trace-report");

  @Test
  void theBrowserShowsWhereEachHeadLookedAndWhichPositionIsWrong() throws Exception {
    Browser.assumeAvailable();
    Trace trace = TraceReportWriterTest.traceSort();
    TraceReportWriter.write("sort.py", List.of(new TracedInput(trace, Map.of(2, TraceReportWriterTest.provenance()))), OUT);
    ChromeDriver browser = Browser.start(Files.createDirectories(OUT.getParent()));
    try {
      browser.get(OUT.resolve("trace.html").toAbsolutePath().toUri().toString());
      List<String> wrongColumns =
          browser.findElements(By.cssSelector("table.variables th.wrong")).stream().map(WebElement::getText).toList();
      assertEquals(List.of("2"), wrongColumns);
      for (HeadSelection head : trace.heads()) {
        if (head.numerical()) {
          continue;
        }
        WebElement figure = browser.findElement(By.cssSelector("figure.selection[data-head='" + head.head() + "']"));
        List<String> selected =
            figure.findElements(By.cssSelector("rect.selected")).stream()
                .map(r -> r.getAttribute("data-query") + "->" + r.getAttribute("data-key")).toList();
        List<String> expected = IntStream.range(0, trace.tokens().size()).mapToObj(q -> q + "->" + head.perQuery().get(q)).toList();
        assertEquals(expected, selected, head.head());
      }
      assertEquals(3, browser.findElements(By.cssSelector("ul.provenance li")).size());
      Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, Path.of("target", "trace-report.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.quit();
    }
  }
}
