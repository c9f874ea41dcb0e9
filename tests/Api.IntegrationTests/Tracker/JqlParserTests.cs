using Platform.FakeJira.Jql;

namespace Platform.Api.IntegrationTests.Tracker;

/// <summary>The fake Jira's JQL parser: what the tracker's compiled queries are checked against, so it must refuse what Jira refuses.</summary>
public sealed class JqlParserTests
{
    [Fact]
    public void A_query_parses_into_its_clauses_with_escapes_undone()
    {
        var query = JqlParser.Parse("project = \"PLAT\" AND (status IN (\"To Do\", 'In \\'Review\\'') OR labels IS EMPTY) AND text ~ \"a \\\" OR project = X\" ORDER BY updated DESC, key");

        Assert.Equal(
            [("project", "=", "\"PLAT\""), ("status", "IN", "(\"To Do\", \"In 'Review'\")"), ("labels", "IS", "EMPTY"), ("text", "~", "\"a \\\" OR project = X\"")],
            query.Terminals.Select(terminal => (terminal.Field, terminal.Operator, terminal.Operand.ToString())));
        Assert.Equal("a \" OR project = X", ((JqlValue)query.Terminals[3].Operand).Text);
        Assert.Equal([new JqlOrder("updated", true), new JqlOrder("key", false)], query.OrderBy);
        Assert.IsType<JqlAnd>(query.Where);
    }

    [Theory]
    [InlineData("status = and", "You must surround 'and' in quotation marks", 1, 10)]
    [InlineData("summary ~ \"open", "has not been completed", 1, 11)]
    [InlineData("summary ~ \"line\nbreak\"", "illegal character", 1, 16)]
    [InlineData("status = Done)", "Expecting either 'OR' or 'AND'", 1, 14)]
    [InlineData("status = \"a\\qb\"", "The escape sequence '\\q' is illegal", 1, 12)]
    [InlineData("project = A;B", "reserved JQL character", 1, 12)]
    [InlineData("status Done", "Expecting operator", 1, 8)]
    public void What_Jira_refuses_is_refused_with_its_line_and_character(string jql, string message, int line, int column)
    {
        var error = Assert.Throws<JqlException>(() => JqlParser.Parse(jql));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void Control_characters_and_non_Latin_text_pass_when_escaped()
    {
        var query = JqlParser.Parse("summary ~ \"Привет\\nмир \\u0007 \\\\\"");

        Assert.Equal("Привет\nмир \u0007 \\", ((JqlValue)query.Terminals[0].Operand).Text);
    }
}
