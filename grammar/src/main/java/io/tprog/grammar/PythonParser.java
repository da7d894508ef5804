package io.tprog.grammar;

import io.tprog.grammar.ast.Expr;
import io.tprog.grammar.ast.Module;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses Python 3.11 source into the typed AST. Never throws for bad input: every syntax error, bad escape,
 * indentation error or undecodable byte becomes a {@link Problem} of the returned {@link ParseResult}.
 */
public final class PythonParser {
  private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");

  private PythonParser() {}

  /** Parses a whole file, decoded as CPython would (BOM, PEP 263 coding declaration, else UTF-8). */
  public static ParseResult parse(Path file) {
    String name = file.toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new ParseResult(name, null, List.of(new Problem(name, 0, 0, "cannot read the file (" + reason + ")")));
    }
    return parse(bytes, name);
  }

  /** Parses source bytes, decoded as CPython would (BOM, PEP 263 coding declaration, else UTF-8). */
  public static ParseResult parse(byte[] bytes, String sourceName) {
    String source;
    try {
      source = decode(bytes);
    } catch (CharacterCodingException | IllegalArgumentException e) {
      return new ParseResult(sourceName, null, List.of(undecodable(bytes, sourceName, e)));
    }
    return parse(source, sourceName);
  }

  /** Parses source text; {@code sourceName} is used in problems. */
  public static ParseResult parse(String source, String sourceName) {
    String text = normalizeLineEnds(source.startsWith("\uFEFF") ? source.substring(1) : source);
    Columns columns = new Columns(text);
    Py311Lexer lexer = new Py311Lexer(CharStreams.fromString(text, sourceName));
    lexer.removeErrorListeners();
    List<Problem> problems = new ArrayList<>();
    Module module = null;
    try {
      Py311Parser.File_inputContext tree = parseTree(lexer, Py311Parser::file_input);
      module = new AstBuilder(columns).module(tree);
    } catch (PythonSyntaxException e) {
      problems.add(new Problem(sourceName, e.line, e.column, e.getMessage()));
    } catch (StackOverflowError e) {
      problems.add(new Problem(sourceName, 1, 1, "the source is nested too deeply to parse"));
    }
    for (Problem p : lexer.lineProblems()) {
      problems.add(new Problem(sourceName, p.line(), p.column(), p.message()));
    }
    if (problems.isEmpty()) {
      return new ParseResult(sourceName, module, List.of());
    }
    // Later problems are mostly consequences of the first, as with CPython: report the first only.
    Problem first = problems.stream()
        .min(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
        .orElseThrow();
    return new ParseResult(sourceName, null, List.of(first));
  }

  /** Parses the expression of an f-string replacement field, placing its nodes at the given shift. */
  static Expr parseField(String source, Columns columns, int lineShift, int columnShift) {
    Py311Lexer lexer = new Py311Lexer(CharStreams.fromString("(" + source + ")"));
    lexer.removeErrorListeners();
    Py311Parser.Fstring_fieldContext tree;
    try {
      tree = parseTree(lexer, Py311Parser::fstring_field);
    } catch (PythonSyntaxException e) {
      int line = e.line + lineShift;
      int column = e.line == 1 ? e.column + columnShift : e.column;
      throw new PythonSyntaxException(line, column, "f-string: " + e.getMessage());
    }
    if (!lexer.lineProblems().isEmpty()) {
      Problem p = lexer.lineProblems().get(0);
      throw new PythonSyntaxException(p.line() + lineShift, p.column() + columnShift, "f-string: " + p.message());
    }
    return AstBuilder.forField(columns, lineShift, columnShift).fstringField(tree);
  }

  private interface EntryRule<T> {
    T parse(Py311Parser parser);
  }

  /** Fast SLL parse first; on failure, a full-LL parse that stops at and explains the first error. */
  private static <T> T parseTree(Py311Lexer lexer, EntryRule<T> rule) {
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    Py311Parser parser = new Py311Parser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      return rule.parse(parser);
    } catch (ParseCancellationException sllFailed) {
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.addErrorListener(new FirstErrorListener());
      try {
        return rule.parse(parser);
      } catch (PythonSyntaxException e) {
        // Lex to the end so that an unclosed bracket before the error is known: it is the better explanation.
        tokens.fill();
        throw e;
      }
    }
  }

  /** Turns the parser's first complaint into one sentence and stops the parse. */
  private static final class FirstErrorListener extends BaseErrorListener {
    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int column,
        String antlrMessage, RecognitionException e) {
      Token token = (Token) offendingSymbol;
      IntervalSet expected = ((Py311Parser) recognizer).getExpectedTokens();
      throw new PythonSyntaxException(token.getLine(), token.getCharPositionInLine() + 1, sentence(token, expected));
    }
  }

  private static String sentence(Token token, IntervalSet expected) {
    switch (token.getType()) {
      case Py311Lexer.INDENT:
        return "unexpected indent";
      case Py311Lexer.DEDENT:
        return "unexpected unindent";
      case Py311Lexer.ERROR_CHAR:
        return badCharacter(token.getText());
      case Token.EOF:
        return expected.contains(Py311Lexer.INDENT)
            ? "expected an indented block"
            : "invalid syntax: the file ends in the middle of a statement";
      case Py311Lexer.NEWLINE:
        return expected.contains(Py311Lexer.INDENT)
            ? "expected an indented block"
            : "invalid syntax: the line ends in the middle of a statement";
      default:
        if (expected.contains(Py311Lexer.INDENT)) {
          return "expected an indented block";
        }
        return "invalid syntax at '" + token.getText() + "'";
    }
  }

  private static String badCharacter(String text) {
    int c = text.codePointAt(0);
    if (c == '\'' || c == '"') {
      return "unterminated string literal";
    } else if (c == '\\') {
      return "unexpected character after line continuation character";
    } else if (c < 0x20 || c == 0x7f || !Character.isDefined(c) || Character.isISOControl(c)) {
      return String.format(Locale.ROOT, "invalid non-printable character U+%04X", c);
    }
    return String.format(Locale.ROOT, "invalid character '%s' (U+%04X)", text, c);
  }

  private static String normalizeLineEnds(String source) {
    if (source.indexOf('\r') < 0) {
      return source;
    }
    return source.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Decodes like CPython's tokenizer: a UTF-8 BOM, else a coding declaration on line 1 or 2, else UTF-8. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      String declared = declaredEncoding(java.util.Arrays.copyOfRange(bytes, 3, Math.min(bytes.length, 1024)));
      if (declared != null && !isUtf8Name(declared)) {
        throw new IllegalArgumentException("encoding problem: " + declared + " with BOM");
      }
      return strictDecode(bytes, 3, StandardCharsets.UTF_8);
    }
    String declared = declaredEncoding(bytes);
    return strictDecode(bytes, 0, declared == null ? StandardCharsets.UTF_8 : charsetNamed(declared));
  }

  private static boolean isUtf8Name(String declared) {
    String name = declared.toLowerCase(Locale.ROOT).replace('_', '-');
    return name.equals("utf-8") || name.startsWith("utf-8-");
  }

  /** The encoding named by a PEP 263 declaration on line 1 or 2, or null. */
  private static String declaredEncoding(byte[] bytes) {
    int lineStart = 0;
    for (int lineNumber = 0; lineNumber < 2 && lineStart < bytes.length; lineNumber++) {
      int end = lineStart;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      String line = new String(bytes, lineStart, end - lineStart, StandardCharsets.ISO_8859_1);
      Matcher m = CODING.matcher(line);
      if (m.find()) {
        return m.group(1);
      }
      if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
        break;
      }
      lineStart = end + 1;
      if (end + 1 < bytes.length && bytes[end] == '\r' && bytes[end + 1] == '\n') {
        lineStart++;
      }
    }
    return null;
  }

  private static Charset charsetNamed(String declared) {
    String name = declared.toLowerCase(Locale.ROOT).replace('_', '-');
    if (isUtf8Name(declared) || name.equals("utf8")) {
      return StandardCharsets.UTF_8;
    }
    if (name.equals("latin-1") || name.equals("iso-8859-1") || name.equals("iso-latin-1")
        || name.startsWith("latin-1-") || name.startsWith("iso-8859-1-") || name.startsWith("iso-latin-1-")) {
      return StandardCharsets.ISO_8859_1;
    }
    try {
      return Charset.forName(declared);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown encoding: " + declared, e);
    }
  }

  private static String strictDecode(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
  }

  private static Problem undecodable(byte[] bytes, String sourceName, Exception e) {
    if (e instanceof IllegalArgumentException) {
      return new Problem(sourceName, 1, 1, e.getMessage());
    }
    // Find the first bad byte to name its line, as CPython does.
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int good = 0;
    for (int end = 1; end <= bytes.length; end++) {
      try {
        decoder.reset();
        decoder.decode(ByteBuffer.wrap(bytes, good, end - good));
        good = end;
      } catch (CharacterCodingException bad) {
        if (end - good >= 4) {
          break;
        }
      }
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < good; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Problem(sourceName, line, column,
        String.format(Locale.ROOT, "the file is not valid in its encoding (byte 0x%02x cannot be decoded)",
            good < bytes.length ? bytes[good] & 0xff : 0));
  }
}
