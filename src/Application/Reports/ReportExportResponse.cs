using Mapster;
using MapsterMapper;
using Platform.Domain.Reports;

namespace Platform.Application.Reports;

/// <summary>
/// An export as its requester sees it: its report and window, its status (<c>queued</c>, <c>ready</c>, <c>expired</c>,
/// <c>failed</c>), and once written its rows, size and when its file expires.
/// </summary>
public sealed record ReportExportResponse(
    Guid Id, string Report, string Status, DateOnly From, DateOnly To, string Granularity, string TimeZone, Guid? ProjectId,
    DateTimeOffset RequestedAt, DateTimeOffset? CompletedAt, DateTimeOffset? ExpiresAt, long? Rows, long? Bytes, string? FailureCode);

/// <summary>Maps an export with its status at an instant (a Mapster run-time parameter, ADR 30): a written export expires.</summary>
internal static class ExportStatusAt
{
    private const string Parameter = "exportStatusAt";

    public static ReportExportResponse MapAt(this IMapper mapper, ReportExport export, DateTimeOffset now) =>
        mapper.From(export).AddParameters(Parameter, now).AdaptToType<ReportExportResponse>();

    public static string Status(ReportExport export) =>
        export.StatusAt((DateTimeOffset)MapContext.Current!.Parameters[Parameter]).ToString().ToLowerInvariant();
}

internal sealed class ReportExportMapping : IRegister
{
    public void Register(TypeAdapterConfig config) =>
        config.NewConfig<ReportExport, ReportExportResponse>()
            .Map(response => response.Report, export => export.ReportKey)
            .Map(response => response.Status, export => ExportStatusAt.Status(export));
}
