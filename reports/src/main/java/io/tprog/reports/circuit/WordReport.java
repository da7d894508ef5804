package io.tprog.reports.circuit;

import static io.tprog.reports.Markup.cell;
import io.tprog.reports.Markup;

import io.tprog.analyzer.words.Contrast;
import io.tprog.analyzer.words.FeatureOrigin;
import io.tprog.analyzer.words.FeatureWeight;
import io.tprog.analyzer.words.WordFeatures;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words section of an NLP program's circuit report (the paper's figure 7): for a contrast of two classes, the
 * feature rows that separate them most each way, and per class its top features, each with the words of the
 * embeddings table that produce it ({@link WordFeatures} says how far a feature is followed).
 */
public record WordReport(Contrast contrast, List<ClassFeatures> classes) {
  /** How many features each list shows. */
  public static final int FEATURES = 10;

  /** One class's highest-weighted features. */
  public record ClassFeatures(String label, List<FeatureWeight> features) {
    public ClassFeatures {
      features = List.copyOf(features);
    }
  }

  public WordReport {
    classes = List.copyOf(classes);
  }

  /**
   * The section for {@code words}; {@code contrast} two class labels or empty.
   *
   * @throws IllegalArgumentException when a contrast label is not one of the program's classes
   */
  public static WordReport of(WordFeatures words, Optional<List<String>> contrast) {
    Contrast c = contrast.map(pair -> words.contrast(pair.get(0), pair.get(1), FEATURES)).orElse(null);
    return new WordReport(c, words.classes().stream().map(label -> new ClassFeatures(label, words.top(label, FEATURES))).toList());
  }

  static final String EXPLAINED =
      "Each classifier feature row (a variable = a value) with the words of the embeddings table that produce it: exactly, for word"
          + " variables and MLPs over them; for a head's output, the words it can have copied the value from (which one a"
          + " query selects depends on the sentence); anything else says how far it was followed. Rows that can never fire"
          + " and numerical features are left out.";

  /** The Markdown section. */
  public String markdownSection() {
    StringBuilder md = new StringBuilder("## Words\n\n").append(EXPLAINED).append("\n\n");
    if (contrast != null) {
      md.append("### ").append(cell(contrast.a())).append(" against ").append(cell(contrast.b())).append("\n\n");
      table(md, "favour " + contrast.a() + " (weight[" + contrast.a() + "] - weight[" + contrast.b() + "])", contrast.towardA());
      table(md, "favour " + contrast.b() + " (weight[" + contrast.a() + "] - weight[" + contrast.b() + "])", contrast.towardB());
    }
    md.append("### Top features per class\n\n");
    for (ClassFeatures c : classes) {
      table(md, cell(c.label()) + " (its weight)", c.features());
    }
    return md.toString();
  }

  private static void table(StringBuilder md, String title, List<FeatureWeight> features) {
    md.append("Features that ").append(title).append(":\n\n");
    if (features.isEmpty()) {
      md.append("none.\n\n");
      return;
    }
    md.append("| feature | score | words | how |\n|---|---|---|---|\n");
    for (FeatureWeight f : features) {
      md.append("| `").append(f.label()).append("` | ").append(score(f.score())).append(" | ").append(cell(words(f.origin()))).append(" | ")
          .append(cell(f.origin().how())).append(" |\n");
    }
    md.append('\n');
  }

  /** The HTML section. */
  public String htmlSection() {
    StringBuilder h = new StringBuilder("<section id=\"words\">\n<h2>Words</h2>\n<p>").append(Markup.html(EXPLAINED)).append("</p>\n");
    if (contrast != null) {
      h.append("<h3 id=\"contrast\">").append(Markup.html(contrast.a())).append(" against ").append(Markup.html(contrast.b())).append("</h3>\n");
      htmlTable(h, "contrast-a", "favour " + contrast.a(), contrast.towardA());
      htmlTable(h, "contrast-b", "favour " + contrast.b(), contrast.towardB());
    }
    h.append("<h3>Top features per class</h3>\n");
    for (ClassFeatures c : classes) {
      htmlTable(h, "class-features", c.label() + " (its weight)", c.features());
    }
    return h.append("</section>\n").toString();
  }

  private static void htmlTable(StringBuilder h, String cssClass, String title, List<FeatureWeight> features) {
    h.append("<p>Features that ").append(Markup.html(title)).append(":</p>\n");
    if (features.isEmpty()) {
      h.append("<p>none.</p>\n");
      return;
    }
    h.append("<table class=\"").append(cssClass).append("\"><tr><th>feature</th><th>score</th><th>words</th><th>how</th></tr>\n");
    for (FeatureWeight f : features) {
      h.append("<tr><td><code>").append(Markup.html(f.label())).append("</code></td><td>").append(score(f.score())).append("</td><td>")
          .append(Markup.html(words(f.origin()))).append("</td><td>").append(Markup.html(f.origin().how())).append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  static String score(double score) {
    return String.format(Locale.ROOT, "%+.4f", score);
  }

  /** The example words, and how many words there are in all when more. */
  static String words(FeatureOrigin origin) {
    if (origin.wordCount() == 0) {
      return "—";
    }
    String shown = String.join(" ", origin.words());
    return origin.wordCount() > origin.words().size() ? shown + " … (" + origin.wordCount() + " words)" : shown;
  }
}
