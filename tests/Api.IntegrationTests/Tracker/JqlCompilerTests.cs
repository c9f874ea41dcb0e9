using System.Text.RegularExpressions;
using CsCheck;
using Platform.Domain.Tracker;
using Platform.FakeJira;
using Platform.FakeJira.Jql;

namespace Platform.Api.IntegrationTests.Tracker;

/// <summary>
/// The tracker's one JQL writer, checked by the fake Jira's parser: for thousands of hostile values (quotes,
/// backslashes, reserved words, injected clauses, newlines, control and non-Latin characters) the query parses to
/// exactly the intended clauses, each value intact.
/// </summary>
public sealed partial class JqlCompilerTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeSpan Window = TimeSpan.FromDays(30);
    private static readonly string[] Pieces =
    [
        "\"", "'", "\\", "\\\"", " OR project = X", "\" OR project = X", "') OR (1=1", "ORDER BY key", "and", "empty", "null", "not in",
        "\n", "\r\n", "\t", "\u0000", "\u0007", "\u001f", "\u007f", "\u0085", "Привет", "日本語", "🚀", "(", ")", ",", "~", "*", "?", "%", "[", "]", "{",
        "}", ";", "--", "currentUser()", "${jndi:x}", " ",
    ];

    private static readonly Gen<string> Hostile = Gen.Frequency(
            (3, Gen.OneOf(Pieces)),
            (2, Gen.String[Gen.Char.Where(character => !char.IsSurrogate(character)), 1, 12]))
        .Array[1, 6].Select(string.Concat);

    private static readonly string[] ValueFields = ["project", "status", "priority", "issuetype", "labels"];

    [Fact]
    public void Every_value_of_every_list_field_parses_back_as_exactly_one_clause_with_the_value_intact() =>
        Gen.Select(Gen.Int[0, ValueFields.Length - 1], Hostile, Hostile).Sample((field, first, second) =>
        {
            var filter = With(ValueFields[field], [first]);
            var both = With(ValueFields[field], [first, second]);

            var single = Assert.Single(Parse(filter).Terminals);
            var list = Assert.Single(Parse(both).Terminals);

            Assert.Equal((ValueFields[field], "=", new JqlValue(first, Quoted: true)), (single.Field, single.Operator, single.Operand));
            Assert.Equal((ValueFields[field], "IN"), (list.Field, list.Operator));
            Assert.Equal([first, second], ((JqlList)list.Operand).Items.Cast<JqlValue>().Select(value => value.Text));
        }, iter: 3000);

    [Fact]
    public void A_text_search_keeps_its_words_searched_as_text_whatever_they_contain() =>
        Hostile.Where(text => !string.IsNullOrWhiteSpace(text)).Sample(text =>
        {
            var terminal = Assert.Single(Parse(new IssueFilter { Text = text }).Terminals);

            Assert.Equal(("text", "~"), (terminal.Field, terminal.Operator));
            Assert.Equal(text.Trim(), LuceneEscape().Replace(((JqlValue)terminal.Operand).Text, "$1"));
        }, iter: 3000);

    [Fact]
    public void People_are_accounts_the_connection_itself_or_nobody_as_alternatives()
    {
        var query = Parse(new IssueFilter { Assignees = ["\" OR project = X", IssueFilter.Me, IssueFilter.Unassigned], Reporters = [IssueFilter.Me] });

        var assignee = Assert.IsType<JqlOr>(Assert.IsType<JqlAnd>(query.Where).Clauses[0]);
        Assert.Equal(
            [("assignee", "=", "\"\\\" OR project = X\""), ("assignee", "=", "currentUser()"), ("assignee", "IS", "EMPTY"), ("reporter", "=", "currentUser()")],
            query.Terminals.Select(terminal => (terminal.Field, terminal.Operator, terminal.Operand.ToString())));
        Assert.Equal(3, assignee.Clauses.Count);
    }

    [Fact]
    public void An_unbounded_filter_gets_the_window_and_sorting_is_the_allow_list_at_most_three_deep()
    {
        var sorts = new[] { IssueSortField.Priority, IssueSortField.Key, IssueSortField.Due, IssueSortField.Summary }.Select(field => new IssueSort(field, Descending: false)).ToList();

        var unbounded = Parse(new IssueFilter());
        var sorted = Parse(new IssueFilter { Sort = sorts });

        Assert.Equal("updated >= -30d", Assert.Single(unbounded.Terminals).ToString());
        Assert.Equal([new JqlOrder("updated", Descending: true)], unbounded.OrderBy);
        Assert.Equal(["priority", "key", "duedate"], sorted.OrderBy.Select(order => order.Field));
    }

    [Fact]
    public void Times_are_written_in_the_account_zone_across_a_DST_change_and_mean_the_same_instants_to_Jira()
    {
        // Europe/Berlin springs forward at 01:00Z on 2026-03-29: 00:30Z is 01:30 CET, 01:30Z is 03:30 CEST.
        var (before, after) = (new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero));
        var filter = new IssueFilter { Created = new TimeRange(before, after), Due = new DateRange(new DateOnly(2026, 4, 1), null) };

        var jql = JqlCompiler.Compile(filter, Berlin, Window);
        var context = new JqlContext(new JiraUser("account", "Demo", DemoData.Email, "Europe/Berlin"), after);
        var bounds = JqlParser.Parse(jql).Terminals.Where(terminal => terminal.Field == "created").Select(terminal => JqlEvaluator.DateOf(((JqlValue)terminal.Operand).Text, context));

        Assert.Contains("created >= \"2026-03-29 01:30\" AND created <= \"2026-03-29 03:30\" AND due >= \"2026-04-01\"", jql, StringComparison.Ordinal);
        Assert.Equal([before, after], bounds);
    }

    private static IssueFilter With(string field, string[] values) => field switch
    {
        "project" => new IssueFilter { Projects = values },
        "status" => new IssueFilter { Statuses = values },
        "priority" => new IssueFilter { Priorities = values },
        "issuetype" => new IssueFilter { IssueTypes = values },
        _ => new IssueFilter { Labels = values },
    };

    private static JqlQuery Parse(IssueFilter filter) => JqlParser.Parse(JqlCompiler.Compile(filter, Berlin, Window));

    [GeneratedRegex(@"\\(.)", RegexOptions.Singleline)]
    private static partial Regex LuceneEscape();
}
