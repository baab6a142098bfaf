// Recursive descent over the tokens of sparql_lexer.h, one function per
// grammar rule of the subset (names follow the SPARQL 1.1 grammar).

#include "query/sparql_parser.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "export/rdf_vocabulary.h"
#include "query/rdf_term.h"

namespace kg::query {
namespace {

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::toupper(static_cast<unsigned char>(x)) == std::toupper(static_cast<unsigned char>(y));
         });
}

std::string upper(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Built-in functions and keywords outside the subset, refused by name.
const std::set<std::string>& unsupported_functions() {
  static const std::set<std::string> names{
      "LANGMATCHES", "DATATYPE", "IRI", "URI", "BNODE", "RAND", "ABS", "CEIL", "FLOOR", "ROUND", "CONCAT",
      "STRLEN", "UCASE", "LCASE", "ENCODE_FOR_URI", "STRENDS", "STRBEFORE", "STRAFTER", "YEAR", "MONTH",
      "DAY", "HOURS", "MINUTES", "SECONDS", "TIMEZONE", "TZ", "NOW", "UUID", "STRUUID", "MD5", "SHA1",
      "SHA256", "SHA384", "SHA512", "COALESCE", "IF", "STRLANG", "STRDT", "SAMETERM", "ISIRI", "ISURI",
      "ISBLANK", "ISLITERAL", "ISNUMERIC", "SUBSTR", "REPLACE", "EXISTS", "NOT", "SUM", "MIN", "MAX", "AVG",
      "SAMPLE", "GROUP_CONCAT", "COUNT", "TRIPLE", "SUBJECT", "PREDICATE", "OBJECT", "ISTRIPLE", "LANGDIR",
      "HASLANG", "HASLANGDIR", "STRLANGDIR", "ISDATE"};
  return names;
}

Projection plain_projection(std::size_t variable) {
  Projection projection;
  projection.variable = variable;
  return projection;
}

// A relative IRI against the base (RFC 3986, 5.2; without ".." segments).
std::string resolve(const std::string& base, const std::string& relative) {
  const std::string whole = base.substr(0, base.find('#'));
  if (relative.empty()) return whole;
  if (relative[0] == '#') return whole + relative;
  const std::size_t scheme = base.find("://");
  const std::size_t authority_end = scheme == std::string::npos ? 0 : base.find('/', scheme + 3);
  if (relative.starts_with("//")) return base.substr(0, base.find(':') + 1) + relative;
  if (relative[0] == '/')
    return (authority_end == std::string::npos ? whole : whole.substr(0, authority_end)) + relative;
  const std::string path = whole.substr(0, whole.find('?'));
  const std::size_t slash = path.rfind('/');
  if (slash == std::string::npos || (authority_end == std::string::npos && scheme != std::string::npos))
    return path + "/" + relative;
  return path.substr(0, slash + 1) + relative;
}

class Parser {
 public:
  explicit Parser(std::string_view text) : tokens_(tokenize_sparql(text)) {
    for (const auto& [prefix, space] : exporter::rdf::kQueryPrefixes) prefixes_.emplace(prefix, space);
  }

  Query parse() {
    prologue();
    const Token& form = peek();
    if (keyword("SELECT")) {
      query_.form = Query::Form::Select;
      select_clause();
    } else if (keyword("ASK")) {
      query_.form = Query::Form::Ask;
    } else if (form.kind == TokenKind::Word) {
      const std::string name = upper(form.text);
      if (name == "CONSTRUCT" || name == "DESCRIBE")
        refuse(form, name + " queries are not supported (only SELECT and ASK)");
      if (name == "INSERT" || name == "DELETE" || name == "LOAD" || name == "CLEAR" || name == "DROP" ||
          name == "CREATE" || name == "WITH" || name == "COPY" || name == "MOVE" || name == "ADD")
        refuse(form, "SPARQL Update (" + name + ") is not supported: the graph is read-only");
      refuse(form, "expected SELECT or ASK, found '" + form.text + "'");
    } else {
      refuse(form, "expected SELECT or ASK, found " + describe(form));
    }
    if (peek().kind == TokenKind::Word && (is_keyword(peek(), "FROM")))
      refuse(peek(), "FROM is not supported (the query runs over the graph file's RDF view)");
    keyword("WHERE");
    in_where_ = true;
    query_.where = group_graph_pattern();
    in_where_ = false;
    solution_modifiers();
    if (peek().kind != TokenKind::End) {
      if (is_keyword(peek(), "VALUES")) refuse(peek(), "VALUES is not supported");
      refuse(peek(), "unexpected " + describe(peek()) + " after the end of the query");
    }
    check();
    return std::move(query_);
  }

 private:
  // ---- tokens
  const Token& peek(std::size_t ahead = 0) const { return tokens_[std::min(at_ + ahead, tokens_.size() - 1)]; }
  const Token& next() {
    const Token& token = peek();
    if (at_ + 1 < tokens_.size()) ++at_;
    return token;
  }
  static bool is_keyword(const Token& token, std::string_view word) {
    return token.kind == TokenKind::Word && equals_ignoring_case(token.text, word);
  }
  bool keyword(std::string_view word) {
    if (!is_keyword(peek(), word)) return false;
    next();
    return true;
  }
  bool is_punct(std::string_view text, std::size_t ahead = 0) const {
    return peek(ahead).kind == TokenKind::Punct && peek(ahead).text == text;
  }
  bool punct(std::string_view text) {
    if (!is_punct(text)) return false;
    next();
    return true;
  }
  void expect(std::string_view text) {
    if (!punct(text)) refuse(peek(), "expected '" + std::string(text) + "', found " + describe(peek()));
  }
  void expect_keyword(std::string_view word) {
    if (!keyword(word)) refuse(peek(), "expected " + std::string(word) + ", found " + describe(peek()));
  }
  static std::string describe(const Token& token) {
    switch (token.kind) {
      case TokenKind::End: return "the end of the query";
      case TokenKind::Variable: return "?" + token.text;
      case TokenKind::Iri: return "<" + token.text + ">";
      case TokenKind::String: return "a string";
      default: return "'" + token.text + "'";
    }
  }
  [[noreturn]] static void refuse(const Token& token, const std::string& message) {
    throw SparqlError(token.position, message);
  }

  // ---- names
  std::size_t variable(const std::string& name) {
    const auto it = std::find(query_.variables.begin(), query_.variables.end(), name);
    std::size_t index = static_cast<std::size_t>(it - query_.variables.begin());
    if (it == query_.variables.end()) query_.variables.push_back(name);
    if (in_where_ && std::find(where_variables_.begin(), where_variables_.end(), index) == where_variables_.end())
      where_variables_.push_back(index);
    return index;
  }

  std::string iri_of(const Token& token) {
    if (token.kind == TokenKind::Iri) {
      const std::string& text = token.text;
      if (!base_.empty() && text.find(':') == std::string::npos) return resolve(base_, text);
      return text;
    }
    const std::size_t colon = token.text.find(':');
    const std::string prefix = token.text.substr(0, colon);
    const auto it = prefixes_.find(prefix);
    if (it == prefixes_.end()) refuse(token, "unknown prefix '" + prefix + ":' (declare it with PREFIX)");
    return it->second + token.text.substr(colon + 1);
  }

  // ---- prologue and query forms
  void prologue() {
    for (;;) {
      if (keyword("BASE")) {
        const Token& iri = next();
        if (iri.kind != TokenKind::Iri) refuse(iri, "expected <IRI> after BASE");
        base_ = iri.text;
      } else if (keyword("PREFIX")) {
        const Token& name = next();
        if (name.kind != TokenKind::PrefixedName || name.text.back() != ':')
          refuse(name, "expected 'name:' after PREFIX");
        const Token& iri = next();
        if (iri.kind != TokenKind::Iri) refuse(iri, "expected <IRI> after PREFIX " + name.text);
        prefixes_[name.text.substr(0, name.text.size() - 1)] = iri_of(iri);
      } else {
        return;
      }
    }
  }

  void select_clause() {
    if (keyword("DISTINCT")) query_.distinct = true;
    else if (is_keyword(peek(), "REDUCED")) refuse(peek(), "REDUCED is not supported (use DISTINCT)");
    if (punct("*")) {
      query_.select_all = true;
      return;
    }
    while (true) {
      const Token& token = peek();
      if (token.kind == TokenKind::Variable) {
        next();
        query_.projection.push_back(plain_projection(variable(token.text)));
        projection_positions_.push_back(token.position);
      } else if (is_punct("(")) {
        next();
        count_projection();
      } else {
        break;
      }
    }
    if (query_.projection.empty()) refuse(peek(), "expected variables or * after SELECT, found " + describe(peek()));
  }

  // (COUNT([DISTINCT] * | ?v) AS ?n)
  void count_projection() {
    const Token& name = peek();
    if (!is_keyword(name, "COUNT")) {
      if (name.kind == TokenKind::Word && unsupported_functions().contains(upper(name.text)) &&
          is_punct("(", 1) && upper(name.text) != "NOT" && upper(name.text) != "EXISTS")
        refuse(name, upper(name.text) + " is not supported in SELECT (only COUNT)");
      refuse(name, "expressions in SELECT are not supported (only (COUNT(...) AS ?name))");
    }
    next();
    expect("(");
    Projection projection;
    projection.is_count = true;
    projection.count_distinct = keyword("DISTINCT");
    if (!punct("*")) {
      const Token& counted = next();
      if (counted.kind != TokenKind::Variable)
        refuse(counted, "COUNT of an expression is not supported (only COUNT(*) and COUNT(?variable))");
      projection.count_of = variable(counted.text);
    }
    expect(")");
    expect_keyword("AS");
    const Token& alias = next();
    if (alias.kind != TokenKind::Variable) refuse(alias, "expected ?variable after AS");
    const std::size_t index = variable(alias.text);
    for (const Projection& other : query_.projection)
      if (other.variable == index) refuse(alias, "?" + alias.text + " is projected twice");
    projection.variable = index;
    aliases_.push_back({index, alias.position});
    query_.projection.push_back(projection);
    projection_positions_.push_back(name.position);
    query_.aggregated = true;
    expect(")");
  }

  // ---- graph patterns
  GroupPattern group_graph_pattern() {
    expect("{");
    GroupPattern group;
    if (is_keyword(peek(), "SELECT")) refuse(peek(), "subqueries (SELECT inside WHERE) are not supported");
    while (!punct("}")) {
      const Token& token = peek();
      if (token.kind == TokenKind::End) refuse(token, "expected '}', found the end of the query");
      if (punct(".")) continue;
      if (keyword("OPTIONAL")) {
        PatternElement element;
        element.kind = PatternElement::Kind::Optional;
        element.groups.push_back(group_graph_pattern());
        group.elements.push_back(std::move(element));
      } else if (is_punct("{")) {
        PatternElement element;
        element.kind = PatternElement::Kind::Group;
        element.groups.push_back(group_graph_pattern());
        while (keyword("UNION")) {
          element.kind = PatternElement::Kind::Union;
          element.groups.push_back(group_graph_pattern());
        }
        group.elements.push_back(std::move(element));
      } else if (keyword("FILTER")) {
        // Variables only a filter mentions are not in scope for SELECT *.
        const bool in_where = in_where_;
        in_where_ = false;
        group.filters.push_back(constraint());
        in_where_ = in_where;
      } else if (token.kind == TokenKind::Word && !is_keyword(token, "a") && !is_keyword(token, "true") &&
                 !is_keyword(token, "false")) {
        const std::string name = upper(token.text);
        if (name == "MINUS" || name == "GRAPH" || name == "SERVICE" || name == "BIND" || name == "VALUES")
          refuse(token, name + " is not supported");
        if (name == "UNION") refuse(token, "UNION must follow a group { ... }");
        refuse(token, "unexpected '" + token.text + "' in a group pattern");
      } else {
        if (group.elements.empty() || group.elements.back().kind != PatternElement::Kind::Triples)
          group.elements.push_back({});
        triples_same_subject(group.elements.back().triples);
        if (!is_punct("}") && !punct(".") && peek().kind != TokenKind::Word && !is_punct("{"))
          refuse(peek(), "expected '.' or '}' after a triple pattern, found " + describe(peek()));
      }
    }
    return group;
  }

  PatternTerm term_or_variable(bool verb) {
    const Token& token = peek();
    PatternTerm term;
    if (token.kind == TokenKind::Variable) {
      next();
      term.is_variable = true;
      term.variable = variable(token.text);
      return term;
    }
    if (verb) {
      if (is_keyword(token, "a")) {
        next();
        term.constant = iri_term(std::string(kRdfNamespace) + "type");
        return term;
      }
      if (token.kind == TokenKind::Punct && std::string_view("^!(").find(token.text) != std::string_view::npos)
        refuse(token, "property paths are not supported ('" + token.text + "')");
      if (token.kind != TokenKind::Iri && token.kind != TokenKind::PrefixedName)
        refuse(token, "expected a predicate (IRI, prefixed name, 'a' or ?variable), found " + describe(token));
      next();
      term.constant = iri_term(iri_of(token));
      return term;
    }
    if (token.kind == TokenKind::BlankNode || is_punct("["))
      refuse(token, "blank nodes in patterns are not supported (use a ?variable)");
    if (is_punct("(")) refuse(token, "RDF collections ( ... ) are not supported");
    term.constant = literal_or_iri();
    return term;
  }

  // A constant: IRI, prefixed name, string with optional @lang or ^^type,
  // number (with sign) or boolean, as an N-Triples term.
  std::string literal_or_iri() {
    const Token& token = peek();
    switch (token.kind) {
      case TokenKind::Iri:
      case TokenKind::PrefixedName: next(); return iri_term(iri_of(token));
      case TokenKind::String: {
        next();
        if (peek().kind == TokenKind::LangTag) return literal_term(token.text, {}, next().text);
        if (punct("^^")) {
          const Token& type = next();
          if (type.kind != TokenKind::Iri && type.kind != TokenKind::PrefixedName)
            refuse(type, "expected a datatype IRI after ^^");
          return literal_term(token.text, iri_of(type));
        }
        return literal_term(token.text);
      }
      case TokenKind::Integer:
      case TokenKind::Decimal:
      case TokenKind::Double: next(); return number(token, "");
      case TokenKind::Punct:
        if ((token.text == "-" || token.text == "+") &&
            (peek(1).kind == TokenKind::Integer || peek(1).kind == TokenKind::Decimal ||
             peek(1).kind == TokenKind::Double)) {
          next();
          return number(next(), token.text);
        }
        break;
      case TokenKind::Word:
        if (is_keyword(token, "true") || is_keyword(token, "false")) {
          next();
          return literal_term(equals_ignoring_case(token.text, "true") ? "true" : "false", kXsdBoolean);
        }
        break;
      default: break;
    }
    refuse(token, "expected an IRI, a literal or a ?variable, found " + describe(token));
  }

  static std::string number(const Token& token, const std::string& sign) {
    const std::string_view type = token.kind == TokenKind::Integer   ? kXsdInteger
                                  : token.kind == TokenKind::Decimal ? kXsdDecimal
                                                                     : kXsdDouble;
    return literal_term(sign + token.text, type);
  }

  void check_path_after_verb() {
    const Token& token = peek();
    if (token.kind == TokenKind::Punct && std::string_view("/|*+?").find(token.text) != std::string_view::npos &&
        token.text.size() == 1)
      refuse(token, "property paths are not supported ('" + token.text + "')");
  }

  void triples_same_subject(std::vector<TriplePatternSyntax>& triples) {
    const SourcePosition position = peek().position;
    const PatternTerm subject = term_or_variable(false);
    for (;;) {
      const PatternTerm predicate = term_or_variable(true);
      check_path_after_verb();
      for (;;) {
        const SourcePosition object_position = peek().position;
        TriplePatternSyntax triple{subject, predicate, term_or_variable(false), position};
        triple.position = triples.empty() || triples.back().subject.constant != subject.constant ||
                                  triples.back().subject.variable != subject.variable
                              ? position
                              : object_position;
        triples.push_back(std::move(triple));
        if (!punct(",")) break;
      }
      if (!punct(";")) return;
      while (punct(";")) {}
      if (is_punct(".") || is_punct("}")) return;
    }
  }

  // ---- expressions
  Expression constraint() {
    const Token& token = peek();
    if (is_punct("(")) return bracketted();
    if (token.kind == TokenKind::Word) return primary();
    refuse(token, "expected '(' or a function after FILTER, found " + describe(token));
  }

  Expression bracketted() {
    expect("(");
    Expression expression = or_expression();
    expect(")");
    return expression;
  }

  Expression or_expression() {
    Expression left = and_expression();
    while (punct("||")) left = binary(Operator::Or, std::move(left), and_expression());
    return left;
  }

  Expression and_expression() {
    Expression left = relational();
    while (punct("&&")) left = binary(Operator::And, std::move(left), relational());
    return left;
  }

  static Expression binary(Operator op, Expression left, Expression right) {
    Expression expression;
    expression.op = op;
    expression.args.push_back(std::move(left));
    expression.args.push_back(std::move(right));
    return expression;
  }

  Expression relational() {
    Expression left = additive();
    static const std::pair<std::string_view, Operator> kOperators[] = {
        {"=", Operator::Equal},   {"!=", Operator::NotEqual},     {"<", Operator::Less},
        {">", Operator::Greater}, {"<=", Operator::LessEqual}, {">=", Operator::GreaterEqual}};
    for (const auto& [text, op] : kOperators)
      if (punct(text)) return binary(op, std::move(left), additive());
    if (is_keyword(peek(), "IN") || (is_keyword(peek(), "NOT") && is_keyword(peek(1), "IN")))
      refuse(peek(), upper(peek().text) == "IN" ? "IN is not supported" : "NOT IN is not supported");
    return left;
  }

  Expression additive() {
    Expression left = unary();
    const Token& token = peek();
    if (token.kind == TokenKind::Punct && (token.text == "+" || token.text == "-" || token.text == "*" || token.text == "/"))
      refuse(token, "arithmetic ('" + token.text + "') is not supported");
    // "?x -1" lexes as ?x followed by a negative number: arithmetic as well.
    return left;
  }

  Expression unary() {
    const Token& token = peek();
    if (punct("!")) {
      Expression expression;
      expression.op = Operator::Not;
      expression.args.push_back(unary());
      return expression;
    }
    if (token.kind == TokenKind::Punct && (token.text == "-" || token.text == "+")) {
      const TokenKind after = peek(1).kind;
      if (after != TokenKind::Integer && after != TokenKind::Decimal && after != TokenKind::Double)
        refuse(token, "arithmetic (unary '" + token.text + "') is not supported");
    }
    return primary();
  }

  Expression primary() {
    const Token& token = peek();
    Expression expression;
    if (is_punct("(")) return bracketted();
    if (token.kind == TokenKind::Variable) {
      next();
      expression.op = Operator::Variable;
      expression.variable = variable(token.text);
      return expression;
    }
    if (token.kind == TokenKind::Word && !is_keyword(token, "true") && !is_keyword(token, "false")) return call();
    if ((token.kind == TokenKind::Iri || token.kind == TokenKind::PrefixedName) && is_punct("(", 1))
      refuse(token, "function calls (" + describe(token) + ") are not supported");
    expression.op = Operator::Constant;
    expression.constant = literal_or_iri();
    return expression;
  }

  Expression call() {
    const Token& token = next();
    const std::string name = upper(token.text);
    static const std::map<std::string, std::pair<Operator, std::pair<std::size_t, std::size_t>>> kFunctions{
        {"BOUND", {Operator::Bound, {1, 1}}},        {"REGEX", {Operator::Regex, {2, 3}}},
        {"LANG", {Operator::Lang, {1, 1}}},          {"STR", {Operator::Str, {1, 1}}},
        {"CONTAINS", {Operator::Contains, {2, 2}}}, {"STRSTARTS", {Operator::StrStarts, {2, 2}}}};
    const auto it = kFunctions.find(name);
    if (it == kFunctions.end()) {
      if (name == "NOT" && is_keyword(peek(), "EXISTS")) refuse(token, "NOT EXISTS is not supported");
      if (name == "EXISTS") refuse(token, "EXISTS is not supported");
      if (unsupported_functions().contains(name)) refuse(token, name + " is not supported");
      refuse(token, "unknown function or keyword '" + token.text + "'");
    }
    Expression expression;
    expression.op = it->second.first;
    expect("(");
    if (expression.op == Operator::Bound) {
      const Token& argument = next();
      if (argument.kind != TokenKind::Variable) refuse(argument, "BOUND takes a ?variable");
      expression.variable = variable(argument.text);
    } else {
      expression.args.push_back(or_expression());
      while (punct(",")) expression.args.push_back(or_expression());
      const auto [low, high] = it->second.second;
      if (expression.args.size() < low || expression.args.size() > high)
        refuse(token, name + " takes " + std::to_string(low) + (low == high ? "" : " or " + std::to_string(high)) +
                          " arguments, not " + std::to_string(expression.args.size()));
    }
    expect(")");
    return expression;
  }

  // ---- solution modifiers
  void solution_modifiers() {
    if (is_keyword(peek(), "GROUP")) {
      next();
      expect_keyword("BY");
      query_.aggregated = true;
      while (peek().kind == TokenKind::Variable) {
        const Token& token = next();
        query_.group_by.push_back(variable(token.text));
        group_positions_.push_back(token.position);
      }
      if (query_.group_by.empty()) refuse(peek(), "GROUP BY expressions are not supported (only variables)");
    }
    if (is_keyword(peek(), "HAVING")) refuse(peek(), "HAVING is not supported");
    if (is_keyword(peek(), "ORDER")) {
      next();
      expect_keyword("BY");
      while (true) {
        OrderCondition condition;
        const Token& token = peek();
        if (keyword("ASC") || keyword("DESC")) {
          condition.descending = equals_ignoring_case(token.text, "DESC");
          condition.expression = bracketted();
        } else if (token.kind == TokenKind::Variable || is_punct("(") ||
                   (token.kind == TokenKind::Word && !is_keyword(token, "LIMIT") && !is_keyword(token, "OFFSET"))) {
          condition.expression = token.kind == TokenKind::Variable ? primary() : is_punct("(") ? bracketted() : call();
        } else {
          break;
        }
        order_positions_.push_back(token.position);
        query_.order_by.push_back(std::move(condition));
      }
      if (query_.order_by.empty()) refuse(peek(), "expected a condition after ORDER BY, found " + describe(peek()));
    }
    for (int i = 0; i < 2; ++i) {
      if (keyword("LIMIT")) query_.limit = count_after("LIMIT");
      else if (keyword("OFFSET")) query_.offset = count_after("OFFSET");
    }
  }

  std::size_t count_after(const char* what) {
    const Token& token = next();
    if (token.kind != TokenKind::Integer) refuse(token, std::string("expected a whole number after ") + what);
    try {
      return static_cast<std::size_t>(std::stoull(token.text));
    } catch (const std::exception&) {
      refuse(token, std::string(what) + " " + token.text + " is too large");
    }
  }

  // ---- checks over the whole query
  static void collect_variables(const Expression& expression, std::vector<std::size_t>& out) {
    if (expression.op == Operator::Variable || expression.op == Operator::Bound) out.push_back(expression.variable);
    for (const Expression& argument : expression.args) collect_variables(argument, out);
  }

  void check() {
    for (const auto& [alias, position] : aliases_)
      if (std::find(where_variables_.begin(), where_variables_.end(), alias) != where_variables_.end())
        throw SparqlError(position, "?" + query_.variables[alias] + " is bound in WHERE and cannot name a COUNT");
    if (query_.select_all) {
      if (query_.aggregated) refuse(tokens_.front(), "SELECT * cannot be used with GROUP BY");
      for (const std::size_t index : where_variables_) query_.projection.push_back(plain_projection(index));
    }
    if (!query_.aggregated) return;
    auto grouped = [&](std::size_t index) {
      return std::find(query_.group_by.begin(), query_.group_by.end(), index) != query_.group_by.end() ||
             std::any_of(aliases_.begin(), aliases_.end(), [&](const auto& alias) { return alias.first == index; });
    };
    for (std::size_t i = 0; i < query_.projection.size(); ++i)
      if (const Projection& projection = query_.projection[i]; !projection.is_count && !grouped(projection.variable))
        throw SparqlError(projection_positions_[i], "?" + query_.variables[projection.variable] +
                                                 " is selected but neither grouped nor counted (add it to GROUP BY)");
    for (std::size_t i = 0; i < query_.order_by.size(); ++i) {
      std::vector<std::size_t> used;
      collect_variables(query_.order_by[i].expression, used);
      for (const std::size_t index : used)
        if (!grouped(index))
          throw SparqlError(order_positions_[i], "ORDER BY ?" + query_.variables[index] +
                                                     " in a grouped query: only grouped or counted variables");
    }
  }


  std::vector<Token> tokens_;
  std::size_t at_ = 0;
  std::map<std::string, std::string> prefixes_;
  std::string base_;
  Query query_;
  bool in_where_ = false;
  std::vector<std::size_t> where_variables_;
  std::vector<std::pair<std::size_t, SourcePosition>> aliases_;
  std::vector<SourcePosition> group_positions_, order_positions_, projection_positions_;
};

}  // namespace

Query parse_sparql(std::string_view text) { return Parser(text).parse(); }

bool looks_like_sparql(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    const char c = text[at];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      ++at;
    } else if (c == '#') {
      while (at < text.size() && text[at] != '\n') ++at;
    } else {
      break;
    }
  }
  std::size_t end = at;
  while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
  const std::string word = upper(text.substr(at, end - at));
  return word == "SELECT" || word == "ASK" || word == "PREFIX" || word == "BASE" || word == "CONSTRUCT" ||
         word == "DESCRIBE";
}

}  // namespace kg::query
