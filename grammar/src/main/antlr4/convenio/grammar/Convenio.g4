// The grammar of Convenio contract files (.convenio).
// No embedded actions: the parse tree is turned into the AST by convenio.syntax.AstBuilder, which reads the labelled
// alternatives (# name) and labelled tokens (then=, regime=, tissTable=, …) below, never a token's text; and
// syntax errors are rewritten into plain words by convenio.syntax.SyntaxErrors.
// The language is total: there are no loops and no recursion, so every rule file terminates.
grammar Convenio;

file
    : header declaration* EOF
    ;

header
    : contractHeader
    | moduleHeader
    ;

// A contract: who, when, which version, how it rounds. Clauses in any order; the checker requires the ones it needs.
contractHeader
    : 'contract' STRING 'version' versionValue headerClause*
    ;

versionValue
    : INT | DECIMAL | STRING
    ;

headerClause
    : 'id' STRING                                                    # idClause
    | 'operator' 'ans' ans=STRING ('name' operatorName=STRING)? ('cnpj' operatorCnpj=STRING)?  # operatorClause
    | 'provider' providerKind=('cnpj' | 'code' | 'cpf') STRING       # providerClause
    | 'effective' DATE ('..' DATE)?                                  # effectiveClause
    | 'rounding' roundingMode 'to' 'cents' 'per' roundingScope       # roundingClause
    | 'below' 'contract' 'pay' (payPresented='presented' | payContract='contract') # belowClause
    | 'excess' 'glosa' glosaRef                                      # excessClause
    | 'unpriced' 'glosa' glosaRef                                    # unpricedClause
    | recursoPrazo                                                   # recursoPrazoClause
    ;

// The prazos of the recurso de glosa the contract states (RN 503/2022 requires the contract to state them): days the
// provider has to appeal after the demonstrativo, and days the operator has to answer the recurso (by default the
// same). Signs and decimals are parsed so that the checker can say the prazo must be a positive whole number of days.
recursoPrazo
    : 'recurso' 'in' recursoDays=prazoDays 'days' 'after' 'demonstrativo' recursoAnswer?
    ;

recursoAnswer
    : 'answer' 'in' answerDays=prazoDays 'days' 'after' 'recurso'
    ;

prazoDays
    : '-'? (INT | DECIMAL)
    ;

roundingMode
    : 'half_up'        # halfUp
    | 'half_even'      # halfEven
    | 'half_down'      # halfDown
    | 'up'             # up
    | 'down'           # down
    ;

roundingScope
    : perItem='item' | perOperation='operation'
    ;

// A module of the standard library or a shared file: declarations only, no header clauses.
moduleHeader
    : 'module' qualifiedName
    ;

qualifiedName
    : ident ('.' ident)*
    ;

declaration
    : importDecl
    | clauseDecl
    | letDecl
    | groupDecl
    | holidaysDecl
    | mapDecl
    | tableDecl
    | justificationDecl
    | scheduleDecl
    | priceRule
    | routesDecl
    | participationRule
    | adjustRule
    | limitRule
    | requireRule
    | glosaRule
    | packageDecl
    | checkRule
    | duplicateRule
    ;

importDecl
    : 'import' (qualifiedName | STRING) ('as' ID)?
    ;

// A heading of the signed contract ("Cláusula 7 – Materiais"); rules below it carry it in their positions.
clauseDecl
    : 'clause' STRING STRING?
    ;

letDecl
    : 'let' ID '=' expr
    ;

groupDecl
    : 'group' name '=' codeSet
    ;

holidaysDecl
    : 'holidays' '{' (DATE (',' DATE)*)? '}'
    ;

mapDecl
    : 'map' ID '{' mapEntry* '}'
    ;

mapEntry
    : literal (',' literal)* '->' expr
    ;

// Price tables: one declaration per version; several declarations of one name are its versions by vigência.
tableDecl
    : 'table' ID tableClause* tableBody?
    ;

tableClause
    : 'type' tableType=(INT | STRING)                           # tableTypeClause
    | 'from' STRING                                             # tableFromClause
    | 'columns' '(' columnDef (',' columnDef)* ')'              # tableColumnsClause
    | 'effective' DATE ('..' DATE)?                             # tableEffectiveClause
    | 'version' STRING                                          # tableVersionClause
    | 'congenere' STRING                                        # tableCongenereClause
    ;

columnDef
    : ident (':' typeName)? ('=' STRING)?
    ;

typeName
    : 'money' | 'percent' | 'number' | 'text' | 'code' | 'date' | 'time' | 'boolean'
    ;

// Rows are the cells on one line (the AST builder groups them by line); commas between cells are optional.
tableBody
    : '{' (cell | ',')* '}'
    ;

cell
    : '-'? literal
    ;

// TISS table 38 glosa codes by name, with their group and standard message.
justificationDecl
    : 'justification' ID '=' STRING glosaClass STRING?
    ;

glosaClass
    : administrative='administrative' | technical='technical'
    ;

// Percentages for multiple procedures: same route and different routes.
scheduleDecl
    : 'schedule' ID '{' scheduleLine+ '}'
    ;

scheduleLine
    : (same='same' | different='different') 'route' percentList
    ;

percentList
    : PERCENT (',' PERCENT)* (',' 'then' then=PERCENT)?
    ;

priceRule
    : 'price' selector priceEffective? priceWhen? '=' expr capClause*
    ;

// A specific price's own vigência (`price procedure "X" effective 2025-01-01 .. 2025-06-30 = …`).
priceEffective
    : 'effective' from=DATE ('..' to=DATE)?
    ;

priceWhen
    : 'when' expr
    ;

capClause
    : 'at' (most='most' | least='least') expr
    ;

routesDecl
    : 'routes' (ID | '{' scheduleLine+ '}') ('for' selector)? 'ordered' 'by' expr (desc='desc' | asc='asc')? routeOption*
    ;

routeOption
    : 'repeated' 'as' 'different' 'routes' codeSet       # repeatedOption
    | 'another' 'team' codeSet                           # anotherTeamOption
    // The contract's own glosa code for what a route percentage took off (TISS table 38 defaults: 2605, 1837, 1827).
    | (same='same' | different='different') 'route' 'glosa' glosaRef   # routeGlosaOption
    | 'another' 'guide' 'glosa' glosaRef                 # otherGuideGlosaOption
    ;

participationRule
    : 'participation' STRING ('from' ID)? '=' expr
    ;

adjustRule
    : 'adjust' selector 'when' expr '=' expr
    ;

limitRule
    : 'limit' selector 'to' limitTerm (',' limitTerm)* orElse
    ;

limitTerm
    : expr 'per' period regime?
    ;

regime
    : 'outpatient'     # outpatientRegime
    | 'inpatient'      # inpatientRegime
    ;

period
    : 'day'            # dayPeriod
    | 'guide'          # guidePeriod
    | 'account'        # accountPeriod
    | INT 'days'       # daysPeriod
    ;

requireRule
    : 'require' requirement 'for' selector orElse
    ;

requirement
    : 'authorization'
    | expr
    ;

glosaRule
    : 'glosa' glosaRef ('for' selector)? 'when' expr glosaAmount? glosaQuantity? glosaText?
    ;

glosaAmount
    : 'amount' expr
    ;

glosaQuantity
    : 'quantity' expr
    ;

glosaText
    : 'text'? STRING
    ;

orElse
    : 'else' 'glosa' glosaRef glosaText?
    ;

glosaRef
    : ID | STRING | INT
    ;

// A package: one price for a procedure and the items it includes; included items billed apart are glosed.
packageDecl
    : 'package' STRING STRING? '=' expr packageClause* orElse
    ;

packageClause
    : 'includes' packageItem (',' packageItem)*     # includesClause
    | 'excludes' selector (',' selector)*           # excludesClause
    ;

packageItem
    : selector ('up' 'to' expr)?
    ;

checkRule
    : 'check' name 'when' expr 'critique' STRING ('code' STRING)?
    ;

duplicateRule
    : 'duplicates' ('for' selector)? 'same' ident (',' ident)* orElse
    ;

// Which items a rule is about: kinds, then an optional code filter, then optional table and congênere.
selector
    : kindList codeFilter? ('from' table=ID)? ('tiss' 'table' tissTable=STRING)? ('congenere' congenere=STRING)?
    ;

kindList
    : kind (',' kind)*
    ;

kind
    : 'procedure' | 'procedures' | 'material' | 'materials' | 'medication' | 'medications'
    | 'daily_rate' | 'daily_rates' | 'fee' | 'fees' | 'gas' | 'gases' | 'opme' | 'items'
    ;

codeFilter
    : STRING                  # singleCode
    | codeSet                 # codeSetFilter
    | 'in' 'group' name       # groupFilter
    ;

codeSet
    : '{' codeSetItem (',' codeSetItem)* '}'
    | 'group' name
    ;

codeSetItem
    : STRING ('..' STRING)?
    ;

name
    : ID | STRING
    ;

// Names in expressions and columns: identifiers, and keywords that also read well as names there
// (an item's `code`, `quantity`, `date`; a column called `description` or `type`).
ident
    : ID
    | 'code' | 'presented' | 'contract' | 'quantity' | 'amount' | 'text' | 'type' | 'version' | 'id' | 'day'
    | 'guide' | 'account' | 'date' | 'time' | 'money' | 'percent' | 'number' | 'boolean' | 'route' | 'authorization'
    | 'operator' | 'provider' | 'congenere' | 'team' | 'item' | 'procedure' | 'material' | 'medication' | 'fee'
    | 'opme' | 'gas' | 'daily_rate' | 'inpatient' | 'outpatient' | 'technical' | 'administrative'
    | 'price' | 'table' | 'group' | 'limit' | 'tiss' | 'module' | 'clause' | 'map' | 'package' | 'check'
    | 'ans'     // the standard library's module std.ans.vias (ANS market defaults)
    | 'name'    // the operator's name in the header; also a column's name
    ;

// Expressions: no loops, no user functions; every expression terminates.
expr
    : primary                                                   # primaryExpr
    | expr '.' ident                                            # memberExpr
    | expr '[' expr ']'                                         # indexExpr
    | op=('-' | '+') expr                                       # unaryExpr
    | expr op=('*' | '/') expr                                  # mulExpr
    | expr 'of' expr                                            # ofExpr
    | expr op=('+' | '-') expr                                  # addExpr
    | expr negated='not'? 'in' expr                             # inExpr
    | expr op=('<' | '<=' | '>' | '>=' | '=' | '!=' | 'is') expr # compareExpr
    | 'not' expr                                                # notExpr
    | expr 'and' expr                                           # andExpr
    | expr 'or' expr                                            # orExpr
    | 'if' expr 'then' expr 'else' expr                         # ifExpr
    ;

primary
    : literal                                         # literalPrimary
    | ident '(' (expr (',' expr)*)? ')'               # callPrimary
    | ident                                           # namePrimary
    | '(' expr ')'                                    # parenPrimary
    | '{' (expr (',' expr)*)? '}'                     # setPrimary
    | literal '..' literal                            # rangePrimary
    ;

literal
    : MONEY        # moneyLiteral
    | PERCENT      # percentLiteral
    | DECIMAL      # decimalLiteral
    | INT          # intLiteral
    | DATE         # dateLiteral
    | TIME         # timeLiteral
    | STRING       # stringLiteral
    | 'true'       # trueLiteral
    | 'false'      # falseLiteral
    ;

// ---- lexer ----

// R$ 1.234,56 — Brazilian notation: dots group thousands, the comma separates cents.
MONEY
    : 'R$' [ \t]* '-'? DIGITS_GROUPED (',' [0-9] [0-9]?)?
    ;

PERCENT
    : [0-9]+ (',' [0-9]+)? '%'
    ;

DATE
    : [0-9] [0-9] [0-9] [0-9] '-' [0-9] [0-9] '-' [0-9] [0-9]
    ;

TIME
    : [0-9] [0-9] ':' [0-9] [0-9]
    ;

// Decimals use the Brazilian comma too (0,34 m²); a dot is member access.
DECIMAL
    : [0-9]+ ',' [0-9]+
    ;

INT
    : [0-9]+
    ;

STRING
    : '"' ( ~["\\\r\n] | '\\' . )* '"'
    ;

ID
    : [\p{L}_] [\p{L}\p{N}_]*
    ;

LINE_COMMENT
    : '//' ~[\r\n]* -> channel(HIDDEN)
    ;

BLOCK_COMMENT
    : '/*' .*? '*/' -> channel(HIDDEN)
    ;

WS
    : [ \t\r\n\u00A0]+ -> channel(HIDDEN)
    ;

// Anything else is one bad character: the parser reports it with its position instead of the lexer dropping it.
ERROR_CHAR
    : .
    ;

fragment DIGITS_GROUPED
    : [0-9] [0-9]? [0-9]? ('.' [0-9] [0-9] [0-9])+
    | [0-9]+
    ;
