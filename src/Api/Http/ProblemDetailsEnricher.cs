using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using Platform.Application.Common.Localization;

namespace Platform.Api.Http;

/// <summary>
/// Runs on every problem details response, whoever wrote it (our results, status code pages, the exception
/// handler, API versioning): adds the stable <c>code</c>, the <c>traceId</c> and the <c>requestId</c>, and puts
/// the request id back in the headers the exception handler cleared.
/// A URL naming an unknown API version answers 404 <c>api_version_unsupported</c> with <c>supportedVersions</c>.
/// Title and detail are translated into the request's language (Accept-Language: en or ru) by code.
/// </summary>
internal static partial class ProblemDetailsEnricher
{
    public static void Enrich(ProblemDetailsContext context)
    {
        AddCodeAndCorrelation(context);
        Localize(context.ProblemDetails);
    }

    /// <summary>Title and detail in the request's language when there is a translation of the code (see <see cref="Messages"/>).</summary>
    private static void Localize(ProblemDetails problem)
    {
        if (problem.Extensions.TryGetValue("code", out var value) && value is string code)
        {
            problem.Title = Messages.Find(code) ?? problem.Title;
            problem.Detail = problem.Detail is null ? null : Messages.Find($"{code}.detail") ?? problem.Detail;
        }
    }

    private static void AddCodeAndCorrelation(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var http = context.HttpContext;
        problem.Instance ??= http.Request.Path;
        problem.Extensions["traceId"] = Activity.Current?.Id ?? http.TraceIdentifier;
        var requestId = CorrelationIdMiddleware.Of(http);
        problem.Extensions["requestId"] = requestId;
        http.Response.Headers[CorrelationIdMiddleware.HeaderName] = requestId;

        if (problem.Type == ProblemDetailsDefaults.Unsupported.Type || problem.Type == ProblemDetailsDefaults.Unspecified.Type)
        {
            // API versioning writes its own PascalCase code; ours is snake_case and names the supported versions.
            problem.Extensions["code"] = problem.Type == ProblemDetailsDefaults.Unsupported.Type
                ? ProblemCodes.ApiVersionUnsupported
                : ProblemCodes.ApiVersionUnspecified;
            AddSupportedVersions(problem);
            return;
        }

        if (problem.Status == StatusCodes.Status404NotFound && RequestsUnknownVersion(http.Request.Path))
        {
            problem.Extensions["code"] = ProblemCodes.ApiVersionUnsupported;
            AddSupportedVersions(problem);
            return;
        }

        if (!problem.Extensions.ContainsKey("code"))
        {
            problem.Extensions["code"] = ProblemCodes.ForStatus(problem.Status ?? http.Response.StatusCode);
        }
    }

    /// <summary>A URL such as <c>/api/v9/...</c> whose version segment is none of <see cref="ApiVersions.All"/>.</summary>
    private static bool RequestsUnknownVersion(PathString path)
    {
        var match = VersionSegment().Match(path.Value ?? string.Empty);
        return match.Success
            && !(ApiVersionParser.Default.TryParse(match.Groups["version"].Value, out var version) && ApiVersions.All.Contains(version));
    }

    private static void AddSupportedVersions(ProblemDetails problem)
    {
        var supported = ApiVersions.All.Select(version => version.ToString()).ToArray();
        problem.Extensions["supportedVersions"] = supported;
        problem.Detail = $"{problem.Detail} Supported versions: {string.Join(", ", supported)}.".Trim();
    }

    [GeneratedRegex("^/api/v(?<version>[^/]+)(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex VersionSegment();
}
