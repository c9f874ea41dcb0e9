namespace Platform.FakeJira.Jql;

/// <summary>A parsed JQL query: its condition (null for none) and its ORDER BY.</summary>
public sealed record JqlQuery(JqlClause? Where, IReadOnlyList<JqlOrder> OrderBy)
{
    /// <summary>Every comparison in the query, in order: what tests assert a compiled query means.</summary>
    public IReadOnlyList<JqlTerminal> Terminals => Where is null ? [] : [.. Where.Terminals()];

    public override string ToString() =>
        (Where?.ToString() ?? string.Empty) + (OrderBy.Count == 0 ? string.Empty : $" ORDER BY {string.Join(", ", OrderBy)}");
}

public abstract record JqlClause
{
    public abstract IEnumerable<JqlTerminal> Terminals();
}

public sealed record JqlAnd(IReadOnlyList<JqlClause> Clauses) : JqlClause
{
    public override IEnumerable<JqlTerminal> Terminals() => Clauses.SelectMany(clause => clause.Terminals());

    public override string ToString() => $"({string.Join(" AND ", Clauses)})";
}

public sealed record JqlOr(IReadOnlyList<JqlClause> Clauses) : JqlClause
{
    public override IEnumerable<JqlTerminal> Terminals() => Clauses.SelectMany(clause => clause.Terminals());

    public override string ToString() => $"({string.Join(" OR ", Clauses)})";
}

public sealed record JqlNot(JqlClause Clause) : JqlClause
{
    public override IEnumerable<JqlTerminal> Terminals() => Clause.Terminals();

    public override string ToString() => $"NOT {Clause}";
}

/// <summary>One comparison: a field (lower-cased), an operator (upper-cased: =, !=, ~, IN, NOT IN, IS, IS NOT …) and its operand.</summary>
public sealed record JqlTerminal(string Field, string Operator, JqlOperand Operand) : JqlClause
{
    public override IEnumerable<JqlTerminal> Terminals() => [this];

    public override string ToString() => $"{Field} {Operator} {Operand}";
}

public abstract record JqlOperand;

/// <summary>A value with its escapes undone; <paramref name="Quoted"/> tells whether it was written in quotes.</summary>
public sealed record JqlValue(string Text, bool Quoted) : JqlOperand
{
    public override string ToString() => Quoted ? $"\"{Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"" : Text;
}

public sealed record JqlList(IReadOnlyList<JqlOperand> Items) : JqlOperand
{
    public override string ToString() => $"({string.Join(", ", Items)})";
}

public sealed record JqlFunction(string Name, IReadOnlyList<string> Arguments) : JqlOperand
{
    public override string ToString() => $"{Name}({string.Join(", ", Arguments)})";
}

public sealed record JqlEmpty : JqlOperand
{
    public override string ToString() => "EMPTY";
}

public sealed record JqlOrder(string Field, bool Descending)
{
    public override string ToString() => Descending ? $"{Field} DESC" : $"{Field} ASC";
}

/// <summary>A query Jira would refuse, with Jira's wording and the place: "… (line 1, character 15)".</summary>
public sealed class JqlException(string message, int line, int column) : Exception($"{message} (line {line}, character {column})")
{
    public int Line { get; } = line;

    public int Column { get; } = column;
}
