package io.tprog.grammar;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * The line structure of Python on top of the generated token rules: blank and comment-only lines vanish, line
 * ends inside brackets are dropped (implicit joining), indentation changes become INDENT and DEDENT tokens, and
 * a line that starts with the soft keyword {@code match} and ends with a colon gets the MATCH token type.
 * Problems found here (bad dedent, tab/space mix, unbalanced brackets) are recorded, never thrown.
 */
abstract class Py311LexerBase extends Lexer {
  private static final int TAB_SIZE = 8;

  /** Tokens ready to hand to the parser. */
  private final Deque<Token> ready = new ArrayDeque<>();
  /** Raw tokens read ahead while deciding whether a line is a match statement. */
  private final Deque<Token> readAhead = new ArrayDeque<>();
  /** Indentation columns of the open blocks, tabs to multiples of 8, and the same with tabs as 1 column. */
  private int[] indents = new int[16];
  private int[] altIndents = new int[16];
  private int indentDepth;
  private final Deque<Token> openBrackets = new ArrayDeque<>();
  private final List<Problem> problems = new ArrayList<>();
  private Token lastEmitted;
  private boolean finished;

  Py311LexerBase(CharStream input) {
    super(input);
  }

  /** Problems of line structure found so far, in source order; messages carry no position prefix. */
  final List<Problem> lineProblems() {
    return problems;
  }

  @Override
  public Token nextToken() {
    while (ready.isEmpty()) {
      produce();
    }
    Token next = ready.poll();
    if (next.getType() != Token.EOF) {
      lastEmitted = next;
    }
    return next;
  }

  private Token raw() {
    return readAhead.isEmpty() ? super.nextToken() : readAhead.poll();
  }

  private void produce() {
    if (finished) {
      ready.add(eofToken());
      return;
    }
    Token token = raw();
    if (token.getType() == Py311Lexer.NEWLINE) {
      if (!openBrackets.isEmpty()) {
        return;
      }
      Token lastLineEnd = token;
      Token next = raw();
      while (next.getType() == Py311Lexer.NEWLINE) {
        lastLineEnd = next;
        next = raw();
      }
      if (lastEmitted != null && lastEmitted.getType() != Py311Lexer.NEWLINE) {
        ready.add(synthetic(Py311Lexer.NEWLINE, token, "\n"));
      }
      if (next.getType() == Token.EOF) {
        finish(next);
        return;
      }
      String text = lastLineEnd.getText();
      indent(text, 1, next);
      significant(next);
    } else if (token.getType() == Token.EOF) {
      finish(token);
    } else {
      if (lastEmitted == null && token.getCharPositionInLine() > 0) {
        int start = token.getStartIndex() - token.getCharPositionInLine();
        String text = _input.getText(org.antlr.v4.runtime.misc.Interval.of(start, token.getStartIndex() - 1));
        indent(text, 0, token);
      }
      significant(token);
    }
  }

  /** Compares the indentation written in {@code text} from {@code from} with the open blocks. */
  private void indent(String text, int from, Token next) {
    int column = 0;
    int altColumn = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        column++;
        altColumn++;
      } else if (c == '\t') {
        column = (column / TAB_SIZE + 1) * TAB_SIZE;
        altColumn++;
      } else if (c == '\f') {
        column = 0;
        altColumn = 0;
      }
    }
    int top = indentDepth == 0 ? 0 : indents[indentDepth - 1];
    int altTop = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
    if (column == top) {
      if (altColumn != altTop) {
        problem(next, "inconsistent use of tabs and spaces in indentation");
      }
    } else if (column > top) {
      if (altColumn <= altTop) {
        problem(next, "inconsistent use of tabs and spaces in indentation");
      }
      if (indentDepth == indents.length) {
        indents = java.util.Arrays.copyOf(indents, indentDepth * 2);
        altIndents = java.util.Arrays.copyOf(altIndents, indentDepth * 2);
      }
      indents[indentDepth] = column;
      altIndents[indentDepth] = altColumn;
      indentDepth++;
      ready.add(synthetic(Py311Lexer.INDENT, next, "<INDENT>"));
    } else {
      while (indentDepth > 0 && column < indents[indentDepth - 1]) {
        indentDepth--;
        ready.add(synthetic(Py311Lexer.DEDENT, next, "<DEDENT>"));
      }
      int newTop = indentDepth == 0 ? 0 : indents[indentDepth - 1];
      int newAltTop = indentDepth == 0 ? 0 : altIndents[indentDepth - 1];
      if (column != newTop) {
        problem(next, "unindent does not match any outer indentation level");
      } else if (altColumn != newAltTop) {
        problem(next, "inconsistent use of tabs and spaces in indentation");
      }
    }
  }

  /** Tracks brackets, recognises a match statement, and queues the token. */
  private void significant(Token token) {
    switch (token.getType()) {
      case Py311Lexer.LPAR, Py311Lexer.LSQB, Py311Lexer.LBRACE -> openBrackets.push(token);
      case Py311Lexer.RPAR, Py311Lexer.RSQB, Py311Lexer.RBRACE -> closeBracket(token);
      case Py311Lexer.NAME -> {
        if (atLineStart() && token.getText().equals("match") && isMatchLine()) {
          ((CommonToken) token).setType(Py311Lexer.MATCH);
        }
      }
      default -> {}
    }
    ready.add(token);
  }

  private boolean atLineStart() {
    if (lastEmitted == null) {
      return ready.isEmpty() || ready.peekLast().getType() != Py311Lexer.NAME;
    }
    Token previous = ready.isEmpty() ? lastEmitted : ready.peekLast();
    int type = previous.getType();
    return openBrackets.isEmpty()
        && (type == Py311Lexer.NEWLINE || type == Py311Lexer.INDENT || type == Py311Lexer.DEDENT);
  }

  /** Reads the rest of the logical line ahead: a match statement's header ends with a colon. */
  private boolean isMatchLine() {
    List<Token> alreadyRead = new ArrayList<>(readAhead);
    int depth = 0;
    Token first = null;
    Token last = null;
    for (int index = 0; ; index++) {
      Token t;
      if (index < alreadyRead.size()) {
        t = alreadyRead.get(index);
      } else {
        t = super.nextToken();
        readAhead.add(t);
      }
      int type = t.getType();
      if (type == Token.EOF || (type == Py311Lexer.NEWLINE && depth == 0)) {
        return last != null && last.getType() == Py311Lexer.COLON && last != first;
      }
      if (type == Py311Lexer.LPAR || type == Py311Lexer.LSQB || type == Py311Lexer.LBRACE) {
        depth++;
      } else if ((type == Py311Lexer.RPAR || type == Py311Lexer.RSQB || type == Py311Lexer.RBRACE) && depth > 0) {
        depth--;
      }
      if (type != Py311Lexer.NEWLINE) {
        if (first == null) {
          first = t;
        }
        last = t;
      }
    }
  }

  private void closeBracket(Token closing) {
    if (openBrackets.isEmpty()) {
      problem(closing, "unmatched '" + closing.getText() + "'");
      return;
    }
    Token opening = openBrackets.pop();
    String pair = opening.getText() + closing.getText();
    if (!pair.equals("()") && !pair.equals("[]") && !pair.equals("{}")) {
      problem(
          closing,
          "closing parenthesis '" + closing.getText() + "' does not match opening parenthesis '"
              + opening.getText() + "' on line " + opening.getLine());
    }
  }

  private void finish(Token eof) {
    if (!openBrackets.isEmpty()) {
      Token opening = openBrackets.peekLast();
      problem(opening, "'" + opening.getText() + "' was never closed");
    }
    if (lastEmitted != null && lastEmitted.getType() != Py311Lexer.NEWLINE
        && (ready.isEmpty() || ready.peekLast().getType() != Py311Lexer.NEWLINE)) {
      ready.add(synthetic(Py311Lexer.NEWLINE, eof, "\n"));
    }
    for (; indentDepth > 0; indentDepth--) {
      ready.add(synthetic(Py311Lexer.DEDENT, eof, "<DEDENT>"));
    }
    ready.add(eof);
    finished = true;
  }

  private Token eofToken() {
    CommonToken eof = new CommonToken(_tokenFactorySourcePair, Token.EOF, Token.DEFAULT_CHANNEL,
        _input.index(), _input.index() - 1);
    eof.setLine(getLine());
    eof.setCharPositionInLine(getCharPositionInLine());
    eof.setText("<EOF>");
    return eof;
  }

  private CommonToken synthetic(int type, Token at, String text) {
    CommonToken token = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL,
        at.getStartIndex(), at.getStartIndex() - 1);
    token.setLine(at.getLine());
    token.setCharPositionInLine(at.getCharPositionInLine());
    token.setText(text);
    return token;
  }

  private void problem(Token at, String message) {
    problems.add(new Problem("", at.getLine(), at.getCharPositionInLine() + 1, message));
  }
}
