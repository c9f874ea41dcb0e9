using Platform.Application.Common.Security;

namespace Platform.Application.UnitTests.Support;

public sealed class FixedCurrentUser : ICurrentUser
{
    public Guid? Id { get; set; } = Guid.Parse("0193a1b2-0000-7000-8000-000000000001");

    public string? IpAddress { get; set; } = "192.0.2.10";

    public Guid? SessionId { get; set; } = Guid.Parse("0193a1b2-0000-7000-8000-0000000000aa");

    public string? DeviceId { get; set; } = "test-device";

    public string? AppType { get; set; } = "ios";
}
