package io.tprog.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tprog.grammar.ast.Assign;
import io.tprog.grammar.ast.Call;
import io.tprog.grammar.ast.FunctionDef;
import io.tprog.grammar.ast.If;
import io.tprog.grammar.ast.Module;
import io.tprog.grammar.ast.Name;
import io.tprog.grammar.ast.Range;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonParserTest {
  private static Module parseOk(String source) {
    ParseResult result = PythonParser.parse(source, "t.py");
    assertTrue(result.ok(), () -> result.problems().toString());
    return result.module().orElseThrow();
  }

  private static Problem onlyProblem(String source) {
    ParseResult result = PythonParser.parse(source, "t.py");
    assertFalse(result.ok(), "expected a problem for: " + source);
    assertTrue(result.module().isEmpty());
    assertEquals(1, result.problems().size());
    return result.problems().get(0);
  }

  @Test
  void dumpsTheProgramSubsetAsCpythonDoes() {
    Module m = parseOk("def predicate_0_0(q_token, k_token):\n"
        + "    if q_token in {\"a\", \"b\"}:\n        return k_token == \"c\"\n"
        + "    elif q_token:\n        return k_token != 1\n");
    assertEquals("Module(body=[FunctionDef(name='predicate_0_0', args=arguments(posonlyargs=[], "
        + "args=[arg(arg='q_token'), arg(arg='k_token')], kwonlyargs=[], kw_defaults=[], defaults=[]), "
        + "body=[If(test=Compare(left=Name(id='q_token', ctx=Load()), ops=[In()], "
        + "comparators=[Set(elts=[Constant(value='a'), Constant(value='b')])]), "
        + "body=[Return(value=Compare(left=Name(id='k_token', ctx=Load()), ops=[Eq()], "
        + "comparators=[Constant(value='c')]))], orelse=[If(test=Name(id='q_token', ctx=Load()), "
        + "body=[Return(value=Compare(left=Name(id='k_token', ctx=Load()), ops=[NotEq()], "
        + "comparators=[Constant(value=1)]))], orelse=[])])], decorator_list=[])], type_ignores=[])",
        AstDump.dump(m));
  }

  @Test
  void assignmentTargetsGetTheStoreContextAndRanges() {
    Module m = parseOk("x = [f(a) for a in b]\n");
    Assign assign = assertInstanceOf(Assign.class, m.body().get(0));
    Name target = assertInstanceOf(Name.class, assign.targets().get(0));
    assertEquals("Store", target.ctx().name());
    assertEquals(new Range(1, 0, 1, 21), assign.range());
    assertEquals(new Range(1, 4, 1, 21), assign.value().range());
  }

  @Test
  void columnsAreUtf8ByteOffsetsLikeCpython() {
    Module m = parseOk("s = 'é'; t = 1\n");
    Assign second = assertInstanceOf(Assign.class, m.body().get(1));
    assertEquals(new Range(1, 10, 1, 15), second.range());
  }

  @Test
  void nestedBlocksAndMainGuardParse() {
    Module m = parseOk("def run(tokens):\n    return [1] * len(tokens)\n\n\nif __name__ == \"__main__\":\n"
        + "    print(run([\"a\", \"b\"]))  # example\n");
    assertInstanceOf(FunctionDef.class, m.body().get(0));
    If guard = assertInstanceOf(If.class, m.body().get(1));
    assertInstanceOf(Call.class, ((io.tprog.grammar.ast.ExprStmt) guard.body().get(0)).value());
  }

  @Test
  void syntaxErrorsArePositionedProblems() {
    Problem p = onlyProblem("x = (1,\ny = 2\n");
    assertEquals("t.py:1:5: '(' was never closed", p.toString());
    assertEquals("unexpected indent", onlyProblem("x = 1\n    y = 2\n").message());
    assertEquals("expected an indented block", onlyProblem("if x:\ny = 2\n").message());
    assertEquals("unindent does not match any outer indentation level",
        onlyProblem("if x:\n    y = 2\n  z = 3\n").message());
    assertEquals(3, onlyProblem("a = 1\nb = 2\nc = = 3\n").line());
    assertEquals("cannot assign to function call", onlyProblem("f() = 3\n").message());
  }

  @Test
  void readsFilesInTheirDeclaredEncodingAndReportsUnreadableOnes(@TempDir Path dir) throws Exception {
    Path latin = dir.resolve("latin.py");
    Files.write(latin, "# -*- coding: latin-1 -*-\ns = 'caf\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1));
    ParseResult result = PythonParser.parse(latin);
    assertTrue(result.ok(), () -> result.problems().toString());
    assertTrue(AstDump.dump(result.module().orElseThrow()).contains("Constant(value='café')"));

    ParseResult missing = PythonParser.parse(dir.resolve("missing.py"));
    assertFalse(missing.ok());
    assertTrue(missing.problems().get(0).toString().startsWith(dir.resolve("missing.py") + ": cannot read"));
  }
}
