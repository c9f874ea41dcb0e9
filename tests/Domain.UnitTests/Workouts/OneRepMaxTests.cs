using Platform.Domain.Workouts;

namespace Platform.Domain.UnitTests.Workouts;

public sealed class OneRepMaxTests
{
    [Theory]
    [InlineData(100, 1, 100)]
    [InlineData(100, 3, 110)]
    [InlineData(100, 8, 126.667)]
    [InlineData(90, 10, 120)]
    public void Epley_estimates_weight_times_one_plus_reps_over_thirty(double weight, int reps, double expected)
    {
        Assert.Equal((decimal)expected, decimal.Round(OneRepMax.Epley((decimal)weight, reps), 3));
    }

    [Fact]
    public void Zero_reps_have_no_estimate()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => OneRepMax.Epley(100m, 0));
    }
}
