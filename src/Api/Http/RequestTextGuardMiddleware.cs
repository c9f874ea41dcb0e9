using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Mvc;

namespace Platform.Api.Http;

/// <summary>
/// Stops text PostgreSQL cannot store before any route binds it, for every route: a NUL character (U+0000) in a query
/// value or name, a route value, or any string of a JSON body (values and property names, bound or ignored) answers
/// 400 <c>invalid_characters</c> naming where it is; a JSON body that is not valid UTF-8 answers 400
/// <c>malformed_json</c>. JSON bodies are read once into memory (Kestrel caps their size) and handed on unchanged.
/// </summary>
internal sealed class RequestTextGuardMiddleware(RequestDelegate next, IProblemDetailsService problemDetails)
{
    private const string NulMessage = "Contains a NUL character (U+0000), which cannot be stored.";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (FieldWithNul(request) is { } field)
        {
            await WriteInvalidCharactersAsync(context, field);
            return;
        }

        if (!request.HasJsonContentType())
        {
            await next(context);
            return;
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        var bytes = new ReadOnlySpan<byte>(body.GetBuffer(), 0, (int)body.Length);
        if (!Utf8.IsValid(bytes))
        {
            await WriteProblemAsync(context, ProblemCodes.MalformedJson, "The request is malformed.", "The JSON body is not valid UTF-8.");
            return;
        }

        if (JsonFieldWithNul(bytes) is { } jsonField)
        {
            await WriteInvalidCharactersAsync(context, jsonField);
            return;
        }

        body.Position = 0;
        request.Body = body;
        await next(context);
    }

    private static string? FieldWithNul(HttpRequest request)
    {
        foreach (var (name, values) in request.Query)
        {
            if (name.Contains('\0') || values.Any(value => value?.Contains('\0') == true))
            {
                return name.Replace("\0", "\\u0000", StringComparison.Ordinal);
            }
        }

        foreach (var (name, value) in request.RouteValues)
        {
            if (value is string text && text.Contains('\0'))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// The path (<c>sets[0].notes</c>) of the first JSON string holding a NUL, or null. JSON can carry NUL only
    /// escaped (<c>\u0000</c>), so only escaped strings are decoded. Syntax errors are left to the binder, which reports them.
    /// </summary>
    private static string? JsonFieldWithNul(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var path = new List<PathSegment>();
        try
        {
            while (reader.Read())
            {
                var token = reader.TokenType;
                if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
                {
                    path.RemoveAt(path.Count - 1);
                    continue;
                }

                if (token == JsonTokenType.PropertyName)
                {
                    var name = reader.ValueIsEscaped ? reader.GetString()! : Encoding.UTF8.GetString(reader.ValueSpan);
                    path[^1] = path[^1] with { Property = name };
                    if (name.Contains('\0'))
                    {
                        return Describe(path);
                    }

                    continue;
                }

                // A value: in an array, the next element.
                if (path.Count > 0 && path[^1].IsArray)
                {
                    path[^1] = path[^1] with { Index = path[^1].Index + 1 };
                }

                if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    path.Add(new PathSegment(token == JsonTokenType.StartArray, -1, null));
                }
                else if (token == JsonTokenType.String && reader.ValueIsEscaped && reader.GetString()!.Contains('\0'))
                {
                    return Describe(path);
                }
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Broken JSON or an unpaired surrogate escape: the binder answers malformed_json for it.
        }

        return null;
    }

    private static string Describe(List<PathSegment> path)
    {
        var text = new StringBuilder();
        foreach (var segment in path)
        {
            if (segment.IsArray)
            {
                text.Append('[').Append(segment.Index).Append(']');
            }
            else if (segment.Property is { } property)
            {
                text.Append(text.Length > 0 ? "." : string.Empty).Append(property.Replace("\0", "\\u0000", StringComparison.Ordinal));
            }
        }

        return text.Length > 0 ? text.ToString() : "$";
    }

    private Task WriteInvalidCharactersAsync(HttpContext context, string field) =>
        WriteProblemAsync(context, ProblemCodes.InvalidCharacters, "The request contains characters that are not allowed.",
            $"'{field}' contains a NUL character (U+0000).", new Dictionary<string, string[]> { [field] = [NulMessage] });

    private async Task WriteProblemAsync(HttpContext context, string code, string title, string detail, Dictionary<string, string[]>? errors = null)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title,
            Detail = detail,
            Extensions = { ["code"] = code },
        };
        if (errors is not null)
        {
            problem.Extensions["errors"] = errors;
        }

        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private readonly record struct PathSegment(bool IsArray, int Index, string? Property);
}
