package io.tprog.analyzer.program;

import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.Attribute;
import io.tprog.grammar.ast.Call;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.ListComp;
import io.tprog.grammar.ast.ListExpr;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Subscript;
import io.tprog.grammar.ast.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reference format's classifier (program-format.md): each feature scored by a {@code x_scores} selection from
 * {@code classifier_weights}, and {@code pd.concat} of the scores summing the features that reach the prediction.
 * Our own format calls {@code classify} instead, which {@link ProgramReader} reads itself.
 */
final class ReferenceScores {
  private final ProblemSink problems;
  private final Map<String, ClassifierFeature> scores = new LinkedHashMap<>();

  ReferenceScores(ProblemSink problems) {
    this.problems = problems;
  }

  /** {@code x_scores = classifier_weights.loc[[("feature", str(v)) for v in variable]]}, maybe {@code .mul(variable, axis=0)}. */
  boolean scoresFeature(Assign a, String target) {
    Expr e = a.value();
    if (e instanceof Call c && c.func() instanceof Attribute at && at.attr().equals("mul")) {
      e = at.value();
    }
    if (e instanceof Subscript s && s.value() instanceof Attribute loc && loc.attr().equals("loc")
        && s.slice() instanceof ListExpr outer && outer.elts().size() == 1 && outer.elts().get(0) instanceof ListComp lc) {
      e = lc;
    }
    if (e instanceof Subscript s && s.value() instanceof Attribute loc && loc.attr().equals("loc") && s.slice() instanceof ListComp lc2) {
      e = lc2;
    }
    if (e instanceof ListComp lc && lc.elt() instanceof Tuple t && !t.elts().isEmpty() && lc.generators().size() == 1
        && lc.generators().get(0).iter() instanceof Name variable) {
      Optional<Value> feature = Literals.value(t.elts().get(0));
      if (feature.isPresent() && feature.get().kind() == Value.Kind.STRING) {
        scores.put(target, new ClassifierFeature(feature.get().text(), variable.id(), a.range().line()));
        return true;
      }
    }
    problems.at(a.value(), target + " must select classifier_weights.loc[[(\"feature\", str(v)) for v in variable]]");
    return false;
  }

  /** {@code pd.concat([df.reset_index() for df in [a_scores, b_scores, ...]])}: the features that are summed. */
  List<ClassifierFeature> concat(Call c) {
    List<ClassifierFeature> features = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String n : Names.in(c)) {
      if (scores.containsKey(n) && seen.add(n)) {
        features.add(scores.get(n));
      }
    }
    if (features.isEmpty()) {
      problems.at(c, "pd.concat names none of the *_scores variables, so no feature reaches the classifier");
    }
    return features;
  }
}
