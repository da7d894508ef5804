package io.tprog.reports.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dyck2 fixture (3 layers, 16 values) is too big to read as one graph: its report with data draws the selected
 * class's minimal circuit first, one SVG node per component of it, a click on a class draws and highlights exactly that
 * class's minimal circuit, and the full graph opens with one click. Screenshots are saved under target.
 */
@Tag("slow")
class Dyck2ReportBrowserTest {
  private static final Path OUT = Path.of("target", "browser", "dyck2");

  @Test
  void drawsEachClassMinimalCircuitFirstAndTheFullGraphOneClickAway() throws Exception {
    Browser.assumeAvailable();
    Path program = Fixtures.path("programs/dyck2/dyck2.py");
    Analysed dyck2 = Fixtures.analyse(program);
    Files.createDirectories(OUT);
    Path data = OUT.resolve("dyck2.jsonl");
    Files.writeString(data, jsonl(60, new Random(11)));
    List<Example> examples = Dataset.read(data).examples();
    Ablator ablator = new Ablator(program);
    MinimalCircuits search = new MinimalCircuits(ablator);
    List<MinimalCircuit> minimal = dyck2.report().circuits().stream().map(c -> search.find(c.classLabel(), examples, Progress.NONE)).toList();
    AblationTable table = AblationTable.of("dyck2.jsonl", ablator.ablate(List.of(), examples), minimal, ablator.baseline(examples));
    CircuitReport report = CircuitReportWriter.write(dyck2.read().model(), dyck2.report(), Optional.of(table), OUT);
    Map<String, Selections.Selection> circuits = Selections.of(report).minimal();
    assertEquals(report.classes().size(), circuits.size(), "every class has a minimal circuit");

    ChromeDriver browser = Browser.start(OUT.getParent());
    try {
      browser.get(OUT.resolve("report.html").toAbsolutePath().toUri().toString());
      WebElement full = browser.findElement(By.id("dataflow"));
      assertFalse(full.isDisplayed(), "the full graph is closed by default");
      assertEquals(report.classes().get(0), visibleFocus(browser).getAttribute("data-class"), "the first class is drawn first");
      boolean smaller = false;
      for (String c : report.classes()) {
        browser.findElement(By.cssSelector("button.class-select[data-class='" + c + "']")).click();
        WebElement focus = visibleFocus(browser);
        assertEquals(c, focus.getAttribute("data-class"));
        List<String> drawn = ids(focus, "g.node");
        Set<String> expected = new TreeSet<>(circuits.get(c).nodes());
        assertEquals(expected.size(), drawn.size(), c + ": one node per component " + drawn);
        assertEquals(expected, new TreeSet<>(drawn), c);
        assertEquals(expected, new TreeSet<>(ids(focus, "g.node.in-circuit")), c + ": the drawn circuit is highlighted");
        assertEquals(expected, new TreeSet<>(ids(full, "g.node.in-circuit")), c + ": the full graph highlights exactly the minimal circuit");
        smaller |= drawn.size() < report.nodes().size();
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "dyck2-report-class-" + c + ".png"),
            StandardCopyOption.REPLACE_EXISTING);
      }
      assertTrue(smaller, "a drawn circuit leaves nodes of dyck2's " + report.nodes().size() + " out");
      assertEquals(3 + 2, browser.findElements(By.cssSelector("#layer-overview tr")).size() - 1, "embeddings, 3 layers, classifier");
      browser.findElement(By.cssSelector("details#full-graph summary")).click();
      assertTrue(full.isDisplayed(), "one click opens the full graph");
      assertEquals(report.nodes().size(), ids(full, "g.node").size());
      Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target", "dyck2-report-full-graph.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      browser.quit();
    }
  }

  private static WebElement visibleFocus(ChromeDriver browser) {
    List<WebElement> shown = browser.findElements(By.cssSelector("div.focus")).stream().filter(WebElement::isDisplayed).toList();
    assertEquals(1, shown.size(), "one drawn circuit at a time");
    return shown.get(0);
  }

  private static List<String> ids(WebElement within, String selector) {
    return within.findElements(By.cssSelector(selector)).stream().map(e -> e.getAttribute("data-id")).toList();
  }

  /**
   * Random bracket strings with their Dyck-2 labels per position: T when the prefix is balanced, P when it can still be
   * completed, F once it cannot.
   */
  static String jsonl(int count, Random random) {
    String[] symbols = {"(", ")", "{", "}"};
    StringBuilder out = new StringBuilder();
    for (int e = 0; e < count; e++) {
      List<String> tokens = new ArrayList<>(List.of("<s>"));
      List<String> labels = new ArrayList<>(List.of("<pad>"));
      Deque<String> open = new ArrayDeque<>();
      boolean failed = false;
      int length = 1 + random.nextInt(10);
      for (int i = 0; i < length; i++) {
        String s = symbols[random.nextInt(symbols.length)];
        tokens.add(s);
        if (s.equals("(") || s.equals("{")) {
          open.push(s);
        } else if (!failed && !open.isEmpty() && open.peek().equals(s.equals(")") ? "(" : "{")) {
          open.pop();
        } else {
          failed = true;
        }
        labels.add(failed ? "F" : open.isEmpty() ? "T" : "P");
      }
      out.append("{\"tokens\": [").append(quoted(tokens)).append("], \"labels\": [").append(quoted(labels)).append("]}\n");
    }
    return out.toString();
  }

  private static String quoted(List<String> values) {
    return String.join(", ", values.stream().map(v -> "\"" + v + "\"").toList());
  }
}
