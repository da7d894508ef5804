package io.tprog.analyzer.program;

import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.Attribute;
import io.tprog.grammar.ast.Call;
import io.tprog.grammar.ast.Constant;
import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.FormattedValue;
import io.tprog.grammar.ast.Import;
import io.tprog.grammar.ast.ImportFrom;
import io.tprog.grammar.ast.JoinedStr;
import io.tprog.grammar.ast.ListComp;
import io.tprog.grammar.ast.ListExpr;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Stmt;
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
 * The rules of the paper's reference format (program-format-nlp.md) that this project's format does not share, in one
 * place: a program that imports pandas is in it; its word embeddings are enum members ({@code Emb0[f"V{i:02}"]}); its
 * classifier is each feature scored by an {@code x_scores} selection from {@code classifier_weights}, and
 * {@code pd.concat} of the scores summing the features that reach the prediction. The components both formats write
 * alike are read by {@link ComponentReading}, our own classifier by {@link TprogFormat}.
 */
final class ReferenceFormat {
  private final ProblemSink problems;
  private final Map<String, ClassifierFeature> scores = new LinkedHashMap<>();

  ReferenceFormat(ProblemSink problems) {
    this.problems = problems;
  }

  /** {@code import pandas} or {@code from pandas import ...}: the module statement that makes a program this format. */
  static boolean importsPandas(Stmt s) {
    return s instanceof Import i && i.names().stream().anyMatch(alias -> alias.name().equals("pandas"))
        || s instanceof ImportFrom from && "pandas".equals(from.module());
  }

  /**
   * The enum member a word embedding makes of each integer of its table column, as a format pattern
   * ({@code [Emb0[f"V{i:02}"] for i in ...]} gives {@code Emb0.V%02d}), or null when it is not written so.
   */
  static String memberFormat(Expr value) {
    if (!(value instanceof ListComp lc) || lc.generators().size() != 1 || !(lc.generators().get(0).target() instanceof Name index)
        || !(lc.elt() instanceof Subscript sub) || !(sub.value() instanceof Name enumClass)
        || !(sub.slice() instanceof JoinedStr text)) {
      return null;
    }
    StringBuilder format = new StringBuilder(enumClass.id()).append('.');
    for (Expr part : text.values()) {
      if (part instanceof Constant c && c.value() instanceof String literal) {
        format.append(literal.replace("%", "%%"));
      } else if (part instanceof FormattedValue f && f.value() instanceof Name n
          && n.id().equals(index.id()) && f.conversion() == -1) {
        String spec = "";
        if (f.formatSpec() instanceof JoinedStr js && js.values().size() == 1
            && js.values().get(0) instanceof Constant sc && sc.value() instanceof String w) {
          spec = w;
        } else if (f.formatSpec() != null) {
          return null;
        }
        if (!spec.matches("0?\\d*")) {
          return null;
        }
        format.append('%').append(spec).append('d');
      } else {
        return null;
      }
    }
    return format.toString();
  }

  /**
   * An assignment that builds the classifier but is not its sum: {@code classifier_weights}, or an {@code x_scores}
   * selection (false, with a problem, when it is not written as one).
   */
  boolean classifierPart(Assign a, String target) {
    return target.equals("classifier_weights") || target.endsWith("_scores") && scoresFeature(a, target);
  }

  /** {@code pd.concat(...)}: the call that sums the scores, the classifier. */
  static boolean isConcat(Expr value) {
    return value instanceof Call c && c.func() instanceof Attribute at && at.attr().equals("concat")
        && at.value() instanceof Name n && n.id().equals("pd");
  }

  /** {@code x_scores = classifier_weights.loc[[("feature", str(v)) for v in variable]]}, maybe {@code .mul(variable, axis=0)}. */
  private boolean scoresFeature(Assign a, String target) {
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
