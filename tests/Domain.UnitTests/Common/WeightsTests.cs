using Platform.Domain.Common;

namespace Platform.Domain.UnitTests.Common;

public sealed class WeightsTests
{
    [Theory]
    [InlineData(225, 102.0583)]
    [InlineData(45, 20.4117)]
    [InlineData(2.5, 1.1340)]
    public void Pounds_are_stored_as_kilograms_to_four_decimals(double pounds, double kilograms)
    {
        Assert.Equal((decimal)kilograms, Weights.ToKilograms((decimal)pounds, WeightUnit.Lb));
    }

    [Fact]
    public void Every_weight_entered_in_pounds_to_two_decimals_reads_back_exactly()
    {
        for (var hundredths = 0; hundredths <= 220462; hundredths++)
        {
            var pounds = hundredths / 100m;
            Assert.Equal(pounds, Weights.FromKilograms(Weights.ToKilograms(pounds, WeightUnit.Lb), WeightUnit.Lb));
        }
    }

    [Fact]
    public void Kilograms_stay_kilograms_shown_to_two_decimals()
    {
        Assert.Equal(102.5m, Weights.ToKilograms(102.5m, WeightUnit.Kg));
        Assert.Equal(102.06m, Weights.FromKilograms(102.0583m, WeightUnit.Kg));
    }
}
