using System.Text.Json.Nodes;

namespace Platform.FakeJira;

/// <summary>Builds Atlassian Document Format (ADF) nodes, as Jira Cloud stores rich text.</summary>
public static class Adf
{
    public static JsonObject Doc(params JsonNode[] content) => new() { ["type"] = "doc", ["version"] = 1, ["content"] = new JsonArray(content) };

    public static JsonObject Paragraph(params JsonNode[] content) => Node("paragraph", content);

    public static JsonObject Text(string text, params string[] marks)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = text };
        if (marks.Length > 0)
        {
            node["marks"] = new JsonArray([.. marks.Select(mark => (JsonNode)new JsonObject { ["type"] = mark })]);
        }

        return node;
    }

    public static JsonObject Link(string text, string href) => new()
    {
        ["type"] = "text", ["text"] = text,
        ["marks"] = new JsonArray(new JsonObject { ["type"] = "link", ["attrs"] = new JsonObject { ["href"] = href } }),
    };

    public static JsonObject Heading(int level, string text) => Node("heading", [Text(text)], new JsonObject { ["level"] = level });

    public static JsonObject CodeBlock(string? language, string code) =>
        Node("codeBlock", [Text(code)], language is null ? null : new JsonObject { ["language"] = language });

    public static JsonObject Panel(string panelType, params JsonNode[] content) => Node("panel", content, new JsonObject { ["panelType"] = panelType });

    public static JsonObject Mention(string accountId, string text) => new() { ["type"] = "mention", ["attrs"] = new JsonObject { ["id"] = accountId, ["text"] = text } };

    public static JsonObject BulletList(params string[] items) =>
        Node("bulletList", [.. items.Select(item => (JsonNode)Node("listItem", [Paragraph(Text(item))]))]);

    public static JsonObject Table(params string[][] rows) =>
        Node("table", [.. rows.Select((row, index) => (JsonNode)Node("tableRow", [.. row.Select(cell => (JsonNode)Node(index == 0 ? "tableHeader" : "tableCell", [Paragraph(Text(cell))]))]))]);

    /// <summary>A file shown inline; Cloud names the file in <c>alt</c> and its media id in <c>id</c>.</summary>
    public static JsonObject MediaSingle(string mediaId, string fileName) =>
        Node("mediaSingle", [new JsonObject { ["type"] = "media", ["attrs"] = new JsonObject { ["id"] = mediaId, ["type"] = "file", ["collection"] = "", ["alt"] = fileName } }]);

    public static JsonObject Node(string type, JsonNode[] content, JsonObject? attrs = null)
    {
        var node = new JsonObject { ["type"] = type };
        if (attrs is not null)
        {
            node["attrs"] = attrs;
        }

        node["content"] = new JsonArray(content);
        return node;
    }
}
