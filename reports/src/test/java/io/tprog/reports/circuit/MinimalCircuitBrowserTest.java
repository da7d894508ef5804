package io.tprog.reports.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tprog.analyzer.ablation.Ablator;
import io.tprog.analyzer.ablation.MinimalCircuit;
import io.tprog.analyzer.ablation.MinimalCircuits;
import io.tprog.analyzer.data.Dataset;
import io.tprog.analyzer.data.Example;
import io.tprog.analyzer.run.Progress;
import io.tprog.reports.Browser;
import io.tprog.reports.Fixtures;
import io.tprog.reports.Fixtures.Analysed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/** A report written with data: clicking a class in Chromium highlights exactly its minimal circuit, the rest lighter. */
@Tag("slow")
class MinimalCircuitBrowserTest {
  private static final Path OUT = Path.of("target", "browser", "minimal-circuits");

  @Test
  void clickingAClassHighlightsItsMinimalCircuitAndTheStaticOneLighter() throws Exception {
    assumeTrue(Browser.available(), "Chromium is not installed at " + Browser.CHROMIUM);
    Path program = Fixtures.path("dynamic/sort/sort.py");
    Analysed sort = Fixtures.analyse(program);
    List<Example> examples = Dataset.read(Fixtures.path("dynamic/sort/sort.jsonl")).examples();
    Ablator ablator = new Ablator(program);
    MinimalCircuits search = new MinimalCircuits(ablator);
    List<MinimalCircuit> minimal = sort.report().circuits().stream().map(c -> search.find(c.classLabel(), examples, Progress.NONE)).toList();
    AblationTable table = AblationTable.of("sort.jsonl", ablator.ablate(List.of("attn_0_0"), examples), minimal);
    CircuitReportWriter.write(sort.read().model(), sort.report(), Optional.of(table), OUT);
    ChromeDriver browser = Browser.start(OUT.getParent());
    try {
      browser.get(OUT.resolve("report.html").toAbsolutePath().toUri().toString());
      boolean someDropped = false;
      for (MinimalCircuit m : minimal) {
        browser.findElement(By.cssSelector("button.class-select[data-class='" + m.classLabel() + "']")).click();
        Set<String> dropped = new TreeSet<>(m.staticCircuit());
        m.components().forEach(dropped::remove);
        Set<String> strong = ids(browser, "g.node.in-circuit");
        Set<String> light = ids(browser, "g.node.in-static");
        assertTrue(strong.containsAll(m.components()) && strong.contains("classifier"), m.classLabel() + ": " + strong);
        assertTrue(strong.stream().noneMatch(dropped::contains), m.classLabel() + ": " + strong);
        assertEquals(dropped, light, m.classLabel());
        someDropped |= !dropped.isEmpty();
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "minimal-circuit-class-" + m.classLabel().replaceAll("[^A-Za-z0-9]", "_") + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      assertTrue(someDropped, "some class's minimal circuit is smaller than its static one");
    } finally {
      browser.quit();
    }
  }

  private static Set<String> ids(ChromeDriver browser, String selector) {
    Set<String> ids = new TreeSet<>();
    browser.findElements(By.cssSelector("svg#dataflow " + selector)).forEach(e -> ids.add(e.getAttribute("data-id")));
    return ids;
  }
}
