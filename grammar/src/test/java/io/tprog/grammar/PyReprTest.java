package io.tprog.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Float repr is the hardest constant to print: compare thousands of doubles with python3's repr. */
class PyReprTest {
  @Test
  void floatReprIsPythonsShortestRoundTrip() throws Exception {
    Random random = new Random(20231122);
    double[] values = new double[3000];
    for (int i = 0; i < values.length; i++) {
      values[i] = switch (i % 4) {
        case 0 -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
        case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
        case 2 -> Math.round(random.nextDouble() * 1e6) / 1e3;
        default -> (double) random.nextInt(1 << 20) * Math.pow(2, random.nextInt(120) - 60);
      };
    }
    Process python = new ProcessBuilder("python3", "-c",
        "import sys, struct\n"
            + "for line in sys.stdin:\n"
            + "    print(repr(struct.unpack('<d', bytes.fromhex(line.strip()))[0]))\n").start();
    try (Writer w = new java.io.OutputStreamWriter(python.getOutputStream(), StandardCharsets.US_ASCII)) {
      for (double v : values) {
        long bits = Double.doubleToRawLongBits(v);
        w.write(String.format("%016x", Long.reverseBytes(bits)) + "\n");
      }
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(python.getInputStream(), StandardCharsets.US_ASCII))) {
      for (double v : values) {
        assertEquals(r.readLine(), PyRepr.floatRepr(v), "repr of " + v);
      }
    }
  }

  @Test
  void stringReprChoosesQuotesAndEscapesAsPythonDoes() {
    assertEquals("'plain'", PyRepr.repr("plain"));
    assertEquals("\"it's\"", PyRepr.repr("it's"));
    assertEquals("'both \\' and \"'", PyRepr.repr("both ' and \""));
    assertEquals("'\\x00\\t\\n\\\\ é \\xa0 \\u2028'", PyRepr.repr("\0\t\n\\ é \u00a0 \u2028"));
    assertEquals("b'\\x00\\xff\"'", PyRepr.repr(new io.tprog.grammar.ast.Bytes(new byte[] {0, -1, '"'})));
  }
}
