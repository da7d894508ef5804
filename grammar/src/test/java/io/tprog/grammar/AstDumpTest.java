package io.tprog.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our dump of the sample files and of small snippets, compared with what python3's own ast.dump prints. */
class AstDumpTest {
  private static final String[] SNIPPETS = {
    "x = 1\n",
    "",
    "# only a comment\n",
    "u'kind'\n",
    "f'{x!r:>{w}}' 'tail'\n",
    "f'{x=}' f'{y = :>3}'\n",
    "print(*a, sep='')\n",
    "class A(B, **kw): x: int\n",
    "a = -0.0, 1e16, 1e15, 0.0001, 0.00001, 1e-5j, 2.5e-10, 9007199254740993, 1_0.0_1\n",
    "x = b'\\x00\\'\"' + bytes\n",
    "s = '\\x00\\x1f\\x7f\\x80\\xa0\\xad\\u2028\\ud7ff\\U0010ffff \\t\\r\\n\\\\'\n",
    // Every escape str and bytes literals share, and those only one of them has (Literals.decode).
    "s = 'a\\a\\b\\f\\n\\r\\t\\v\\0\\7\\101\\777x\\q\\N{BULLET}\\x41\\u0041\\U0001F600\\\nend', r'\\n\\q'\nb = b'a\\a\\b\\f\\n\\r\\t\\v\\0\\7\\101\\777x\\q\\'\\\"\\\\\\x41\\u0041\\\nend', rb'\\n\\q'\n",
    "s = \"it's\"\n",
    "s = 'both \\' and \"'\n",
    "if a:\n\tpass\nelse:\n        pass\n",
    "def f(a, /, b, *, c=1): pass\n",
    "x = [1,\n     2]  # implicit joining\ny = 1 + \\\n    2\n",
    "match x:\n    case {'k': [1, *rest]} if rest: pass\n",
    "\ufeffx = 1\r\ny = 2\r\n",
  };

  @Test
  void dumpsEveryFormLikeCpython(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String sample : new String[] {"features.py", "program.py"}) {
      Path file = dir.resolve(sample);
      try (InputStream in = AstDumpTest.class.getResourceAsStream("samples/" + sample)) {
        Files.copy(in, file);
      }
      files.add(file);
    }
    for (int i = 0; i < SNIPPETS.length; i++) {
      Path file = dir.resolve("snippet" + i + ".py");
      Files.writeString(file, SNIPPETS[i]);
      files.add(file);
    }
    try (CpythonAst cpython = new CpythonAst(dir)) {
      for (Path file : files) {
        String expected = cpython.dump(file);
        ParseResult result = PythonParser.parse(file);
        assertTrue(result.ok(), () -> file + ": " + result.problems());
        assertEquals(expected, AstDump.dump(result.module().orElseThrow()), file.getFileName() + " dump");
      }
    }
  }
}
