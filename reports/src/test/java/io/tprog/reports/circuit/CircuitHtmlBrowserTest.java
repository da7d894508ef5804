package io.tprog.reports.circuit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.analyzer.analysis.Circuit;
import io.tprog.analyzer.analysis.CircuitComponent;
import io.tprog.analyzer.graph.DataflowGraph;
import io.tprog.analyzer.graph.GraphNode;
import io.tprog.analyzer.graph.RoleEdge;
import io.tprog.reports.Browser;
import io.tprog.reports.Fixtures;
import io.tprog.reports.Fixtures.Analysed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** Opens the circuit report in a real headless Chromium and clicks through it as a user would. */
@Tag("slow")
class CircuitHtmlBrowserTest {
  private static final Path OUT = Path.of("target", "browser", "circuit-report");
  private static Analysed sort;
  private static ChromeDriver browser;

  @BeforeAll
  static void openReport() throws Exception {
    Browser.assumeAvailable();
    sort = Fixtures.analyse(Fixtures.path("dynamic/sort/sort.py"));
    CircuitReportWriter.write(sort.read().model(), sort.report(), OUT);
    Files.createDirectories(OUT.getParent());
    browser = Browser.start(OUT.getParent());
    browser.get(OUT.resolve("report.html").toAbsolutePath().toUri().toString());
    browser.findElement(By.cssSelector("details#full-graph summary")).click();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void theGraphHasOneNodePerComponent() {
    List<String> drawn = browser.findElements(By.cssSelector("svg#dataflow g.node")).stream().map(e -> e.getAttribute("data-id")).toList();
    assertEquals(sort.report().nodes().stream().map(GraphNode::id).toList(), drawn);
    assertTrue(browser.findElements(By.cssSelector("svg#dataflow path.edge")).size() == sort.report().edges().size());
  }

  @Test
  void clickingAClassHighlightsExactlyItsCircuit() throws Exception {
    boolean someCircuitIsPartial = false;
    for (Circuit circuit : sort.report().circuits()) {
      browser.findElement(By.cssSelector("button.class-select[data-class='" + circuit.classLabel() + "']")).click();
      Set<String> expected = new TreeSet<>();
      circuit.components().stream().map(CircuitComponent::id).forEach(expected::add);
      expected.add(DataflowGraph.CLASSIFIER);
      assertEquals(expected, highlighted(), "class " + circuit.classLabel());
      someCircuitIsPartial |= expected.size() < sort.report().nodes().size();
      if (circuit.classLabel().equals("1")) {
        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "circuit-report-class-1.png"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    assertTrue(someCircuitIsPartial, "at least one class's circuit leaves nodes out, so highlighting is selective");
  }

  @Test
  void clickingAComponentHighlightsEverythingUpstreamOfIt() {
    DataflowGraph graph = DataflowGraph.of(sort.read().model());
    for (GraphNode n : sort.report().nodes()) {
      if (!n.kind().mlp()) {
        continue;
      }
      WebElement node = browser.findElement(By.cssSelector("svg#dataflow g.node[data-id='" + n.id() + "']"));
      node.click();
      assertEquals(upstream(graph, n.id()), highlighted(), n.id());
    }
    browser.findElement(By.id("clear-selection")).click();
    assertEquals(Set.of(), highlighted());
  }

  private static Set<String> highlighted() {
    Set<String> ids = new TreeSet<>();
    browser.findElements(By.cssSelector("svg#dataflow g.node.in-circuit")).forEach(e -> ids.add(e.getAttribute("data-id")));
    return ids;
  }

  private static Set<String> upstream(DataflowGraph graph, String id) {
    Set<String> seen = new TreeSet<>(Set.of(id));
    Deque<String> todo = new ArrayDeque<>(List.of(id));
    while (!todo.isEmpty()) {
      for (RoleEdge e : graph.incoming(todo.pop())) {
        if (seen.add(e.source())) {
          todo.push(e.source());
        }
      }
    }
    return seen;
  }
}
