package io.tprog.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Thousands of broken inputs made from real files: each gives a tree or positioned problems, never an exception. */
class MalformedInputTest {
  private static final String TOKENS = "()[]{}:'\"\\\n\t #=,.*@;`$?!\u00e9\u0000\r\f";
  private static final String[] FRAGMENTS = {
    "(", ")", "[", "]", "{", "}", ":", "\n", "\n    ", "\n  ", "\t", "'", "\"\"\"", "f'{", "}", "\\", "\\\n", "if",
    "else", "lambda", "*", "**", ":=", "match", "case", "async", "await", "yield", "def", "class", "=", "b'\u00e9'",
    "'\\x1'", "'\\N{nope}'", "0777", "1__0", "#", ";", "@", "->", "...", "\u00a0", "\ud800", "f'{x!z}'", "f'{}'",
  };

  private static String sample(String name) throws Exception {
    try (InputStream in = MalformedInputTest.class.getResourceAsStream("samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String mutate(String source, Random random) {
    StringBuilder s = new StringBuilder(source);
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      int at = random.nextInt(s.length() + 1);
      switch (random.nextInt(6)) {
        case 0 -> s.setLength(at);
        case 1 -> {
          if (at < s.length()) {
            s.deleteCharAt(at);
          }
        }
        case 2 -> s.insert(at, TOKENS.charAt(random.nextInt(TOKENS.length())));
        case 3 -> s.insert(at, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        case 4 -> {
          int end = Math.min(s.length(), at + random.nextInt(40));
          s.delete(at, end);
        }
        default -> {
          int lineStart = s.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
          s.insert(lineStart, random.nextBoolean() ? " " : "\t");
        }
      }
    }
    return s.toString();
  }

  private static void assertWellFormed(ParseResult result, String input) {
    if (result.ok()) {
      assertTrue(result.module().isPresent());
      AstDump.dump(result.module().get());
      PrettyPrinter.print(result.module().get());
    } else {
      assertTrue(result.module().isEmpty());
      assertEquals(1, result.problems().size());
      Problem p = result.problems().get(0);
      assertTrue(p.line() >= 1 && p.column() >= 1, () -> p + " for input:\n" + input);
      assertFalse(p.message().isBlank());
      assertTrue(p.toString().startsWith("fuzz.py:" + p.line() + ":" + p.column() + ": "));
    }
  }

  @Test
  void mutatedRealFilesGiveProblemsNotCrashes() throws Exception {
    Random random = new Random(42);
    int rejected = 0;
    int total = 0;
    for (String name : new String[] {"program.py", "features.py"}) {
      String source = sample(name);
      for (int i = 0; i < 1500; i++) {
        String input = mutate(source, random);
        ParseResult result = PythonParser.parse(input, "fuzz.py");
        assertWellFormed(result, input);
        total++;
        if (!result.ok()) {
          rejected++;
        }
      }
    }
    // The mutations must actually break most files, or this test would prove nothing.
    assertTrue(rejected > total / 2, rejected + " of " + total + " mutants rejected");
  }

  @Test
  void randomBytesGiveProblemsNotCrashes() {
    Random random = new Random(7);
    int rejected = 0;
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      ParseResult result = PythonParser.parse(bytes, "fuzz.py");
      assertWellFormed(result, new String(bytes, StandardCharsets.ISO_8859_1));
      if (!result.ok()) {
        rejected++;
      }
    }
    assertTrue(rejected > 1900, rejected + " of 2000 random byte strings rejected");
  }

  @Test
  void deepNestingIsAProblemNotAStackOverflow() {
    ParseResult result = PythonParser.parse("x = " + "(".repeat(100_000) + "\n", "fuzz.py");
    assertFalse(result.ok());
    assertWellFormed(result, "deep nesting");
  }
}
