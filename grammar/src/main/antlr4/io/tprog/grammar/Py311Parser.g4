// Python 3.11 syntax, factored so that ANTLR decides every choice within a token or two: where CPython's PEG
// grammar backtracks (assignment targets, dict versus set displays, generator arguments), this grammar accepts
// the wider expression form and the AST builder checks what CPython would reject.
parser grammar Py311Parser;

options { tokenVocab = Py311Lexer; }

file_input : stmt* EOF;

// The inside of an f-string replacement field, parsed on its own with the brackets CPython adds around it.
fstring_field : LPAR (yield_expr | star_expressions) RPAR NEWLINE? EOF;

stmt : compound_stmt | simple_stmts;

simple_stmts : simple_stmt (SEMI simple_stmt)* SEMI? NEWLINE;

simple_stmt
  : expr_stmt
  | return_stmt
  | import_name
  | import_from
  | raise_stmt
  | PASS
  | del_stmt
  | assert_stmt
  | BREAK
  | CONTINUE
  | global_stmt
  | nonlocal_stmt
  ;

expr_stmt
  : first=rhs
    ( COLON annotation=expression (EQUAL annotated=rhs)?
    | augassign value=rhs
    | (EQUAL rhs)*
    )
  ;

rhs : yield_expr | star_expressions;

augassign
  : PLUSEQUAL | MINEQUAL | STAREQUAL | ATEQUAL | SLASHEQUAL | PERCENTEQUAL | AMPEREQUAL | VBAREQUAL
  | CIRCUMFLEXEQUAL | LSHIFTEQUAL | RSHIFTEQUAL | DOUBLESTAREQUAL | DOUBLESLASHEQUAL
  ;

return_stmt : RETURN star_expressions?;
raise_stmt : RAISE (exc=expression (FROM cause=expression)?)?;
global_stmt : GLOBAL NAME (COMMA NAME)*;
nonlocal_stmt : NONLOCAL NAME (COMMA NAME)*;
del_stmt : DEL targets;
assert_stmt : ASSERT test=expression (COMMA msg=expression)?;

import_name : IMPORT dotted_as_name (COMMA dotted_as_name)*;
dotted_as_name : dotted_name (AS NAME)?;
dotted_name : NAME (DOT NAME)*;
import_from
  : FROM (DOT | ELLIPSIS)* dotted_name IMPORT import_targets
  | FROM (DOT | ELLIPSIS)+ IMPORT import_targets
  ;
import_targets
  : LPAR import_as_name (COMMA import_as_name)* COMMA? RPAR
  | import_as_name (COMMA import_as_name)*
  | STAR
  ;
import_as_name : NAME (AS NAME)?;

compound_stmt
  : decorator* (function_def | class_def)
  | if_stmt
  | while_stmt
  | for_stmt
  | with_stmt
  | try_stmt
  | match_stmt
  ;

decorator : AT named_expression NEWLINE;

function_def : ASYNC? DEF NAME LPAR parameters? RPAR (ARROW result=expression)? COLON block;
parameters : parameter (COMMA parameter)* COMMA?;
parameter
  : SLASH
  | STAR (NAME (COLON star_annotation)?)?
  | DOUBLESTAR NAME (COLON annotation=expression)?
  | NAME (COLON annotation=expression)? (EQUAL defaultValue=expression)?
  ;
star_annotation : STAR arith | expression;

class_def : CLASS NAME (LPAR arguments? RPAR)? COLON block;

block : simple_stmts | NEWLINE INDENT stmt+ DEDENT;

if_stmt : IF named_expression COLON block elif_clause* else_clause?;
elif_clause : ELIF named_expression COLON block;
else_clause : ELSE COLON block;
while_stmt : WHILE named_expression COLON block else_clause?;
for_stmt : ASYNC? FOR targets IN star_expressions COLON block else_clause?;

with_stmt
  : ASYNC? WITH LPAR with_item (COMMA with_item)* COMMA? RPAR COLON block
  | ASYNC? WITH with_item (COMMA with_item)* COLON block
  ;
with_item : expression (AS target)?;

try_stmt
  : TRY COLON block
    ( except_clause+ else_clause? finally_clause?
    | except_star_clause+ else_clause? finally_clause?
    | finally_clause
    )
  ;
except_clause : EXCEPT (expression (AS NAME)?)? COLON block;
except_star_clause : EXCEPT STAR expression (AS NAME)? COLON block;
finally_clause : FINALLY COLON block;

match_stmt : MATCH subject=star_named_expressions COLON NEWLINE INDENT case_block+ DEDENT;
case_block : NAME patterns (IF named_expression)? COLON block;
patterns : star_pattern (COMMA star_pattern)* COMMA?;
star_pattern : STAR NAME | pattern;
pattern : closed_pattern (VBAR closed_pattern)* (AS NAME)?;
closed_pattern
  : literal_pattern                                                   # LiteralPattern
  | NAME (DOT NAME)* (LPAR class_pattern_args? RPAR)?                  # NamePattern
  | LPAR patterns? RPAR                                               # GroupPattern
  | LSQB patterns? RSQB                                               # SequencePattern
  | LBRACE (mapping_entry (COMMA mapping_entry)* COMMA?)? RBRACE       # MappingPattern
  ;
literal_pattern
  : signed_number ((PLUS | MINUS) NUMBER)?
  | STRING+
  | NONE
  | TRUE
  | FALSE
  ;
signed_number : MINUS? NUMBER;
mapping_entry
  : DOUBLESTAR NAME
  | (literal_pattern | NAME (DOT NAME)+) COLON pattern
  ;
class_pattern_args : class_pattern_arg (COMMA class_pattern_arg)* COMMA?;
class_pattern_arg : (NAME EQUAL)? pattern;

// Targets are parsed as expressions; the builder checks each is assignable and gives it the Store context.
targets : target (COMMA target)* COMMA?;
target : STAR? arith;

star_expressions : star_expression (COMMA star_expression)* COMMA?;
star_expression : STAR arith | expression;
star_named_expressions : star_named_expression (COMMA star_named_expression)* COMMA?;
star_named_expression : STAR arith | named_expression;
named_expression : NAME WALRUS expression | expression;

expression
  : disjunction (IF disjunction ELSE expression)?
  | lambda_def
  ;

lambda_def : LAMBDA lambda_parameters? COLON expression;
lambda_parameters : lambda_parameter (COMMA lambda_parameter)* COMMA?;
lambda_parameter
  : SLASH
  | STAR NAME?
  | DOUBLESTAR NAME
  | NAME (EQUAL expression)?
  ;

disjunction : conjunction (OR conjunction)*;
conjunction : inversion (AND inversion)*;
inversion : NOT inversion | comparison;
comparison : arith (comp_op arith)*;
comp_op : EQEQUAL | NOTEQUAL | LESS | LESSEQUAL | GREATER | GREATEREQUAL | IN | NOT IN | IS NOT?;

// From bitwise or down to primaries; earlier alternatives bind tighter.
arith
  : atom                                                              # AtomExpr
  | arith DOT NAME                                                     # AttributeExpr
  | arith LPAR arguments? RPAR                                         # CallExpr
  | arith LSQB slices RSQB                                             # SubscriptExpr
  | AWAIT arith                                                        # AwaitExpr
  | <assoc = right> arith DOUBLESTAR arith                              # BinaryExpr
  | op = (PLUS | MINUS | TILDE) arith                                  # UnaryExpr
  | arith op = (STAR | SLASH | DOUBLESLASH | PERCENT | AT) arith         # BinaryExpr
  | arith op = (PLUS | MINUS) arith                                     # BinaryExpr
  | arith op = (LSHIFT | RSHIFT) arith                                  # BinaryExpr
  | arith op = AMPER arith                                              # BinaryExpr
  | arith op = CIRCUMFLEX arith                                         # BinaryExpr
  | arith op = VBAR arith                                               # BinaryExpr
  ;

atom
  : NAME                                                              # NameAtom
  | (TRUE | FALSE | NONE | ELLIPSIS)                                  # KeywordAtom
  | NUMBER                                                            # NumberAtom
  | STRING+                                                           # StringAtom
  | LPAR (yield_expr | star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?))? RPAR  # ParenAtom
  | LSQB (star_named_expression (comp_for | (COMMA star_named_expression)* COMMA?))? RSQB              # ListAtom
  | LBRACE dict_or_set? RBRACE                                        # BraceAtom
  ;

// Dict and set displays share one shape; the builder checks that the items agree on which it is.
dict_or_set : dict_or_set_item (comp_for | (COMMA dict_or_set_item)* COMMA?);
dict_or_set_item : DOUBLESTAR arith | STAR arith | named_expression (COLON expression)?;

comp_for : comp_clause+;
comp_clause : ASYNC? FOR targets IN disjunction (IF disjunction)*;

slices : slice (COMMA slice)* COMMA?;
slice
  : STAR arith
  | named_expression (COLON expression? (COLON expression?)?)?
  | COLON expression? (COLON expression?)?
  ;

arguments : argument (COMMA argument)* COMMA?;
argument
  : NAME EQUAL expression
  | DOUBLESTAR expression
  | STAR expression
  | named_expression comp_for?
  ;

yield_expr : YIELD (FROM expression | star_expressions)?;
