using Platform.Domain.Common;

namespace Platform.Domain.UnitTests.Common;

public sealed class BoundsTests
{
    private static readonly Bounds<int> OneToTen = new(1, 10);

    [Theory]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(0, false)]
    [InlineData(11, false)]
    public void Both_ends_are_inside(int value, bool allowed) => Assert.Equal(allowed, OneToTen.Allows(value));

    [Fact]
    public void A_measure_not_taken_is_always_allowed() => Assert.True(OneToTen.Allows(null));
}
