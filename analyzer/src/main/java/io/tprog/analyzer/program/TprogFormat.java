package io.tprog.analyzer.program;

import io.tprog.grammar.ast.Call;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.ListExpr;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of this project's format (program-format.md) that the paper's reference format does not share: run
 * scores its features with {@code classify(WEIGHTS, [("feature", variable), ...])}, assigned or returned, from the
 * helpers the program defines. The components both formats write alike are read by {@link ComponentReading}, the
 * reference format's own rules by {@link ReferenceFormat}.
 */
final class TprogFormat {
  private TprogFormat() {}

  /** A call of {@code classify}: the classifier. */
  static boolean isClassify(Expr value) {
    return value instanceof Call c && ComponentReading.isCall(c, "classify");
  }

  /** The features of {@code classify(WEIGHTS, [("tokens", tokens), ...])}, in the order given. */
  static List<ClassifierFeature> features(Call c, ProblemSink problems) {
    List<ClassifierFeature> features = new ArrayList<>();
    if (c.args().size() < 2 || !(c.args().get(1) instanceof ListExpr list)) {
      problems.at(c, "classify must be called as classify(WEIGHTS, [(\"feature\", variable), ...])");
      return features;
    }
    for (Expr e : list.elts()) {
      if (e instanceof Tuple t && t.elts().size() == 2 && Literals.value(t.elts().get(0)).filter(v -> v.kind() == Value.Kind.STRING).isPresent()
          && t.elts().get(1) instanceof Name n) {
        features.add(new ClassifierFeature(Literals.value(t.elts().get(0)).orElseThrow().text(), n.id(), e.range().line()));
      } else {
        problems.at(e, "a classifier feature must be written (\"feature\", variable)");
      }
    }
    return features;
  }
}
