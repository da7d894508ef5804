// Tokens of Python 3.11. Line structure (NEWLINE, INDENT, DEDENT, joining inside brackets) is decided in
// Py311LexerBase, so no rule here needs a semantic predicate and the lexer DFA stays cacheable.
lexer grammar Py311Lexer;

options { superClass = Py311LexerBase; }

tokens { INDENT, DEDENT, MATCH }

FALSE    : 'False';
NONE     : 'None';
TRUE     : 'True';
AND      : 'and';
AS       : 'as';
ASSERT   : 'assert';
ASYNC    : 'async';
AWAIT    : 'await';
BREAK    : 'break';
CLASS    : 'class';
CONTINUE : 'continue';
DEF      : 'def';
DEL      : 'del';
ELIF     : 'elif';
ELSE     : 'else';
EXCEPT   : 'except';
FINALLY  : 'finally';
FOR      : 'for';
FROM     : 'from';
GLOBAL   : 'global';
IF       : 'if';
IMPORT   : 'import';
IN       : 'in';
IS       : 'is';
LAMBDA   : 'lambda';
NONLOCAL : 'nonlocal';
NOT      : 'not';
OR       : 'or';
PASS     : 'pass';
RAISE    : 'raise';
RETURN   : 'return';
TRY      : 'try';
WHILE    : 'while';
WITH     : 'with';
YIELD    : 'yield';

// A string literal of any prefix (r, u, b, f and their combinations), short or triple-quoted, as one token;
// escapes and f-string replacement fields are interpreted by the AST builder.
STRING : STRING_PREFIX? (LONG_STRING | SHORT_STRING);

NUMBER
  : DIGITS_OR_FLOAT [jJ]?
  | '0' [xX] ('_'? [0-9a-fA-F])+
  | '0' [oO] ('_'? [0-7])+
  | '0' [bB] ('_'? [01])+
  ;

// Physical line ends; the base class turns them into NEWLINE, INDENT and DEDENT or drops them.
NEWLINE : '\n' [ \t\f]*;

NAME : ID_START ID_CONTINUE*;

LPAR     : '(';
RPAR     : ')';
LSQB     : '[';
RSQB     : ']';
LBRACE   : '{';
RBRACE   : '}';
COLON    : ':';
COMMA    : ',';
SEMI     : ';';
ELLIPSIS : '...';
DOT      : '.';
ARROW    : '->';
WALRUS   : ':=';
PLUS     : '+';
MINUS    : '-';
STAR     : '*';
DOUBLESTAR : '**';
SLASH    : '/';
DOUBLESLASH : '//';
PERCENT  : '%';
AT       : '@';
LSHIFT   : '<<';
RSHIFT   : '>>';
AMPER    : '&';
VBAR     : '|';
CIRCUMFLEX : '^';
TILDE    : '~';
LESS     : '<';
GREATER  : '>';
LESSEQUAL : '<=';
GREATEREQUAL : '>=';
EQEQUAL  : '==';
NOTEQUAL : '!=';
EQUAL    : '=';
PLUSEQUAL : '+=';
MINEQUAL : '-=';
STAREQUAL : '*=';
SLASHEQUAL : '/=';
DOUBLESLASHEQUAL : '//=';
PERCENTEQUAL : '%=';
ATEQUAL  : '@=';
AMPEREQUAL : '&=';
VBAREQUAL : '|=';
CIRCUMFLEXEQUAL : '^=';
LSHIFTEQUAL : '<<=';
RSHIFTEQUAL : '>>=';
DOUBLESTAREQUAL : '**=';

LINE_CONTINUATION : '\\' '\n' -> skip;
WHITESPACE : [ \t\f]+ -> skip;
COMMENT : '#' ~[\n]* -> skip;

// Anything else is one bad character; the parser reports it where it stands.
ERROR_CHAR : .;

fragment STRING_PREFIX
  : [rRuUfFbB]
  | [rR][bBfF]
  | [bBfF][rR]
  ;
fragment SHORT_STRING
  : '\'' (~[\\\n'] | '\\' .)* '\''
  | '"' (~[\\\n"] | '\\' .)* '"'
  ;
fragment LONG_STRING
  : '\'\'\'' ('\\' . | ~'\\')*? '\'\'\''
  | '"""' ('\\' . | ~'\\')*? '"""'
  ;
fragment DIGITS_OR_FLOAT
  : DIGIT_PART ('.' DIGIT_PART?)? EXPONENT?
  | '.' DIGIT_PART EXPONENT?
  ;
fragment DIGIT_PART : [0-9] ('_'? [0-9])*;
fragment EXPONENT : [eE] [+-]? DIGIT_PART;
fragment ID_START : [_\p{XID_Start}];
fragment ID_CONTINUE : [\p{XID_Continue}];
