using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Platform.FakeJira.Routes;

/// <summary>
/// What Data Center's <c>renderedFields</c> make of wiki markup, for the markup the fake's data uses: paragraphs,
/// h1.-h6. headings, *bold*, _italic_, {{monospace}}, [text|url] links, {code} blocks, and {html} blocks, which Jira
/// passes through raw when the macro is enabled (so tests can send hostile HTML the way a site could).
/// </summary>
internal static partial class WikiRenderer
{
    public static string ToHtml(string wiki)
    {
        var html = new StringBuilder();
        foreach (Match block in Blocks().Matches(wiki))
        {
            if (block.Groups["html"].Success)
            {
                html.Append(block.Groups["html"].Value);
            }
            else if (block.Groups["code"].Success)
            {
                html.Append("<div class=\"code panel\"><pre>").Append(WebUtility.HtmlEncode(block.Groups["code"].Value.Trim('\n'))).Append("</pre></div>");
            }
            else
            {
                foreach (var paragraph in block.Groups["text"].Value.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    html.Append(Paragraph(paragraph));
                }
            }
        }

        return html.ToString();
    }

    private static string Paragraph(string text)
    {
        if (Heading().Match(text) is { Success: true } heading)
        {
            return $"<h{heading.Groups[1].Value}>{Inline(heading.Groups[2].Value)}</h{heading.Groups[1].Value}>";
        }

        return $"<p>{Inline(text).Replace("\n", "<br/>\n", StringComparison.Ordinal)}</p>";
    }

    private static string Inline(string text)
    {
        var encoded = WebUtility.HtmlEncode(text);
        encoded = Link().Replace(encoded, match => $"<a href=\"{match.Groups[2].Value}\" class=\"external-link\" rel=\"nofollow\">{match.Groups[1].Value}</a>");
        encoded = Bold().Replace(encoded, "<b>$1</b>");
        encoded = Italic().Replace(encoded, "<em>$1</em>");
        return Monospace().Replace(encoded, "<tt>$1</tt>");
    }

    [GeneratedRegex(@"\{html\}(?<html>.*?)\{html\}|\{code(?::[^}]*)?\}(?<code>.*?)\{code\}|(?<text>(?:(?!\{html\}|\{code).)+)", RegexOptions.Singleline)]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^h([1-6])\.\s+(.*)$", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[([^|\]]+)\|([^\]]+)\]")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*([^*\n]+)\*")]
    private static partial Regex Bold();

    [GeneratedRegex(@"(?<![\w])_([^_\n]+)_(?![\w])")]
    private static partial Regex Italic();

    [GeneratedRegex(@"\{\{([^}]+)\}\}")]
    private static partial Regex Monospace();
}
