using System.Globalization;
using System.Text;

namespace Platform.FakeJira.Jql;

/// <summary>
/// Jira's JQL, the part the tracker writes and users type: AND, OR, NOT and parentheses; =, !=, ~, !~, &gt;, &gt;=,
/// &lt;, &lt;=, IN, NOT IN, IS, IS NOT; EMPTY and NULL; functions with arguments; ORDER BY. Values are quoted ("…" or
/// '…', with \" \' \\ \n \r \t \uXXXX escapes; a raw control character is refused) or bare words that are not reserved.
/// Errors name the line and character as Jira's do.
/// </summary>
public static class JqlParser
{
    /// <summary>Jira's reserved words: a bare value that is one of them must be quoted.</summary>
    public static readonly IReadOnlySet<string> ReservedWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "abort", "access", "add", "after", "alias", "all", "alter", "and", "any", "as", "asc", "audit", "avg", "before", "begin", "between",
        "boolean", "break", "by", "byte", "catch", "cf", "char", "character", "check", "checkpoint", "collate", "collation", "column", "commit",
        "connect", "continue", "count", "create", "current", "date", "decimal", "declare", "decrement", "default", "defaults", "define", "delete",
        "delimiter", "desc", "difference", "distinct", "divide", "do", "double", "drop", "else", "empty", "encoding", "end", "equals", "escape",
        "exclusive", "exec", "execute", "exists", "explain", "false", "fetch", "file", "field", "first", "float", "for", "from", "function", "go",
        "goto", "grant", "greater", "group", "having", "identified", "if", "immediate", "in", "increment", "index", "initial", "inner", "inout",
        "input", "insert", "int", "integer", "intersect", "intersection", "into", "is", "isempty", "isnull", "join", "last", "left", "less", "like",
        "limit", "lock", "long", "max", "min", "minus", "mode", "modify", "modulo", "more", "multiply", "next", "noaudit", "not", "notin", "nowait",
        "null", "number", "object", "of", "on", "option", "or", "order", "outer", "output", "power", "previous", "prior", "privileges", "public",
        "raise", "raw", "remainder", "rename", "resource", "return", "returns", "revoke", "right", "row", "rowid", "rownum", "rows", "select",
        "session", "set", "share", "size", "sqrt", "start", "strict", "string", "subtract", "sum", "synonym", "table", "then", "to", "trans",
        "transaction", "trigger", "true", "uid", "union", "unique", "update", "user", "validate", "values", "view", "when", "whenever", "where",
        "while", "with",
    };

    private static readonly string[] Operators = ["!=", ">=", "<=", "!~", "=", "~", ">", "<"];

    public static JqlQuery Parse(string jql)
    {
        var parser = new Parser(Tokenize(jql));
        return parser.Query();
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var (line, column) = (1, 1);
        var index = 0;
        void Advance(int count)
        {
            for (var step = 0; step < count; step++, index++)
            {
                (line, column) = text[index] == '\n' ? (line + 1, 1) : (line, column + 1);
            }
        }

        while (index < text.Length)
        {
            var character = text[index];
            if (char.IsWhiteSpace(character))
            {
                Advance(1);
                continue;
            }

            var (startLine, startColumn) = (line, column);
            if (character is '"' or '\'')
            {
                var value = new StringBuilder();
                Advance(1);
                while (true)
                {
                    if (index >= text.Length)
                    {
                        throw new JqlException($"Error in the JQL Query: The quoted string '{value}' has not been completed.", startLine, startColumn);
                    }

                    var next = text[index];
                    if (next == character)
                    {
                        Advance(1);
                        break;
                    }

                    if (next == '\\')
                    {
                        value.Append(Unescape(text, index, line, column, out var length));
                        Advance(length);
                        continue;
                    }

                    if (char.IsControl(next))
                    {
                        throw new JqlException($"Error in the JQL Query: The quoted string '{value}' contains the illegal character '\\u{(int)next:x4}'.", line, column);
                    }

                    value.Append(next);
                    Advance(1);
                }

                tokens.Add(new Token(TokenKind.Quoted, value.ToString(), startLine, startColumn));
                continue;
            }

            if (character is '(' or ')' or ',')
            {
                tokens.Add(new Token(TokenKind.Punctuation, character.ToString(), startLine, startColumn));
                Advance(1);
                continue;
            }

            if (Operators.FirstOrDefault(candidate => string.CompareOrdinal(text, index, candidate, 0, candidate.Length) == 0) is { } symbol)
            {
                tokens.Add(new Token(TokenKind.Operator, symbol, startLine, startColumn));
                Advance(symbol.Length);
                continue;
            }

            if (!IsWordCharacter(character))
            {
                throw new JqlException($"Error in the JQL Query: The character '{character}' is a reserved JQL character. You must enclose it in a string or use the escape '\\u{(int)character:x4}' instead.", startLine, startColumn);
            }

            var start = index;
            while (index < text.Length && IsWordCharacter(text[index]))
            {
                Advance(1);
            }

            tokens.Add(new Token(TokenKind.Word, text[start..index], startLine, startColumn));
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, line, column));
        return tokens;
    }

    private static bool IsWordCharacter(char character) =>
        char.IsLetterOrDigit(character) || character is '-' or '_' or '.' or '@' or '[' or ']' or ':' or '/';

    private static string Unescape(string text, int index, int line, int column, out int length)
    {
        length = 2;
        if (index + 1 >= text.Length)
        {
            throw new JqlException("Error in the JQL Query: The escape sequence '\\' is illegal.", line, column);
        }

        switch (text[index + 1])
        {
            case '"' or '\'' or '\\' or ' ':
                return text[index + 1].ToString();
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'u' when index + 5 < text.Length && int.TryParse(text.AsSpan(index + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code):
                length = 6;
                return ((char)code).ToString();
            default:
                throw new JqlException($"Error in the JQL Query: The escape sequence '\\{text[index + 1]}' is illegal.", line, column);
        }
    }

    private enum TokenKind
    {
        Word,
        Quoted,
        Operator,
        Punctuation,
        End,
    }

    private sealed record Token(TokenKind Kind, string Text, int Line, int Column)
    {
        public bool IsWord(string word) => Kind == TokenKind.Word && string.Equals(Text, word, StringComparison.OrdinalIgnoreCase);

        public bool Is(string punctuation) => Kind == TokenKind.Punctuation && Text == punctuation;

        public string Shown => Kind == TokenKind.End ? "the end of the query" : $"'{Text}'";
    }

    private sealed class Parser(List<Token> tokens)
    {
        private int _position;

        private Token Current => tokens[_position];

        public JqlQuery Query()
        {
            JqlClause? where = null;
            if (Current.Kind != TokenKind.End && !Current.IsWord("order"))
            {
                where = Or();
            }

            var orderBy = new List<JqlOrder>();
            if (Current.IsWord("order"))
            {
                Take();
                if (!Current.IsWord("by"))
                {
                    throw Error($"Expecting 'by' but got {Current.Shown}.");
                }

                Take();
                do
                {
                    var field = Field();
                    var descending = false;
                    if (Current.IsWord("asc") || Current.IsWord("desc"))
                    {
                        descending = Take().IsWord("desc");
                    }

                    orderBy.Add(new JqlOrder(field, descending));
                }
                while (Current.Is(",") && Take() is not null);
            }

            if (Current.Kind != TokenKind.End)
            {
                throw Error($"Expecting either 'OR' or 'AND' but got {Current.Shown}.");
            }

            return new JqlQuery(where, orderBy);
        }

        private JqlClause Or()
        {
            var clauses = new List<JqlClause> { And() };
            while (Current.IsWord("or"))
            {
                Take();
                clauses.Add(And());
            }

            return clauses.Count == 1 ? clauses[0] : new JqlOr(clauses);
        }

        private JqlClause And()
        {
            var clauses = new List<JqlClause> { Not() };
            while (Current.IsWord("and"))
            {
                Take();
                clauses.Add(Not());
            }

            return clauses.Count == 1 ? clauses[0] : new JqlAnd(clauses);
        }

        private JqlClause Not()
        {
            if (Current.IsWord("not"))
            {
                Take();
                return new JqlNot(Not());
            }

            if (Current.Is("("))
            {
                Take();
                var inner = Or();
                Expect(")");
                return inner;
            }

            return Terminal();
        }

        private JqlTerminal Terminal()
        {
            var field = Field();
            var op = Operator();
            var operand = op is "IN" or "NOT IN" ? List() : op is "IS" or "IS NOT" ? Empty() : Operand();
            return new JqlTerminal(field, op, operand);
        }

        private string Field()
        {
            var token = Current;
            if (token.Kind == TokenKind.Quoted || (token.Kind == TokenKind.Word && !ReservedWords.Contains(token.Text)))
            {
                Take();
                return token.Text.ToLowerInvariant();
            }

            throw Error($"Expecting a field name but got {token.Shown}.");
        }

        private string Operator()
        {
            var token = Take();
            if (token.Kind == TokenKind.Operator)
            {
                return token.Text;
            }

            if (token.IsWord("in"))
            {
                return "IN";
            }

            if (token.IsWord("is"))
            {
                if (Current.IsWord("not"))
                {
                    Take();
                    return "IS NOT";
                }

                return "IS";
            }

            if (token.IsWord("not") && Current.IsWord("in"))
            {
                Take();
                return "NOT IN";
            }

            _position--;
            throw Error($"Expecting operator but got {token.Shown}. Valid operators are '=', '!=', '~', '!~', '>', '>=', '<', '<=', 'in', 'not in', 'is' and 'is not'.");
        }

        private JqlEmpty Empty()
        {
            if (Current.IsWord("empty") || Current.IsWord("null"))
            {
                Take();
                return new JqlEmpty();
            }

            throw Error($"Expecting 'EMPTY' but got {Current.Shown}.");
        }

        private JqlList List()
        {
            if (Current.Kind == TokenKind.Word && Current.Text.Length > 0 && tokens[_position + 1].Is("("))
            {
                var function = Operand();
                return new JqlList([function]);
            }

            Expect("(");
            var items = new List<JqlOperand> { Operand() };
            while (Current.Is(","))
            {
                Take();
                items.Add(Operand());
            }

            Expect(")");
            return new JqlList(items);
        }

        private JqlOperand Operand()
        {
            var token = Current;
            if (token.Kind == TokenKind.Quoted)
            {
                Take();
                return new JqlValue(token.Text, Quoted: true);
            }

            if (token.IsWord("empty") || token.IsWord("null"))
            {
                Take();
                return new JqlEmpty();
            }

            if (token.Kind != TokenKind.Word)
            {
                throw Error($"Expecting either a value, list or function but got {token.Shown}.");
            }

            if (tokens[_position + 1].Is("("))
            {
                Take();
                Take();
                var arguments = new List<string>();
                while (!Current.Is(")"))
                {
                    var argument = Take();
                    if (argument.Kind is not (TokenKind.Word or TokenKind.Quoted))
                    {
                        _position--;
                        throw Error($"Expecting a function argument but got {argument.Shown}.");
                    }

                    arguments.Add(argument.Text);
                    if (Current.Is(","))
                    {
                        Take();
                    }
                }

                Take();
                return new JqlFunction(token.Text, arguments);
            }

            if (ReservedWords.Contains(token.Text))
            {
                throw Error($"Expecting either a value, list or function but got '{token.Text}'. You must surround '{token.Text}' in quotation marks to use it as a value.");
            }

            Take();
            return new JqlValue(token.Text, Quoted: false);
        }

        private void Expect(string punctuation)
        {
            if (!Current.Is(punctuation))
            {
                throw Error($"Expecting '{punctuation}' but got {Current.Shown}.");
            }

            Take();
        }

        private Token Take() => tokens[_position++];

        private JqlException Error(string message) => new($"Error in the JQL Query: {message}", Current.Line, Current.Column);
    }
}
