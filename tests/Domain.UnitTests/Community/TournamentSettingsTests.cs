using Platform.Domain.Community;
using Platform.Domain.Community.Brackets;

namespace Platform.Domain.UnitTests.Community;

public sealed class TournamentSettingsTests
{
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    [Fact]
    public void Each_format_takes_its_own_options_with_default_points_and_the_reset()
    {
        var swiss = TournamentSettings.Create(TournamentFormat.Swiss, 8, 5, Day, swissRounds: 3, tieBreaks: [TieBreak.Buchholz, TieBreak.HeadToHead]).Value;
        var doubleElimination = TournamentSettings.Create(TournamentFormat.DoubleElimination, 16, 5, Day).Value;

        Assert.Equal((3, PointSystem.Default), (swiss.SwissRounds, swiss.Points));
        Assert.Equal([TieBreak.Buchholz, TieBreak.HeadToHead], swiss.TieBreaks);
        Assert.Equal(GrandFinalFormat.Reset, doubleElimination.GrandFinal);
        Assert.True(TournamentSettings.Create(TournamentFormat.SingleElimination, 8, 5, Day, thirdPlaceMatch: true).IsSuccess);
        Assert.True(TournamentSettings.Create(TournamentFormat.RoundRobin, 6, 5, Day, doubleRoundRobin: true).IsSuccess);
    }

    [Fact]
    public void Undeclared_tie_breaks_are_the_formats_usual_ones_and_an_empty_list_leaves_ties_to_the_lots()
    {
        Assert.Equal([TieBreak.Buchholz, TieBreak.SonnebornBerger, TieBreak.HeadToHead], TournamentSettings.Create(TournamentFormat.Swiss, 8, 5, Day, swissRounds: 3).Value.TieBreaks);
        Assert.Equal([TieBreak.HeadToHead, TieBreak.SonnebornBerger], TournamentSettings.Create(TournamentFormat.RoundRobin, 8, 5, Day).Value.TieBreaks);
        Assert.Empty(TournamentSettings.Create(TournamentFormat.DoubleElimination, 8, 5, Day).Value.TieBreaks);
        Assert.Empty(TournamentSettings.Create(TournamentFormat.Swiss, 8, 5, Day, swissRounds: 3, tieBreaks: []).Value.TieBreaks);
    }

    [Theory]
    [InlineData("capacity", TournamentFormat.SingleElimination, 1, 5, 24, false, false, null)]
    [InlineData("capacity", TournamentFormat.SingleElimination, 1025, 5, 24, false, false, null)]
    [InlineData("minimumRoster", TournamentFormat.SingleElimination, 8, 0, 24, false, false, null)]
    [InlineData("confirmationWindow", TournamentFormat.SingleElimination, 8, 5, 0, false, false, null)]
    [InlineData("confirmationWindow", TournamentFormat.SingleElimination, 8, 5, 169, false, false, null)]
    [InlineData("thirdPlaceMatch", TournamentFormat.DoubleElimination, 8, 5, 24, true, false, null)]
    [InlineData("double", TournamentFormat.Swiss, 8, 5, 24, false, true, 3)]
    [InlineData("rounds", TournamentFormat.Swiss, 8, 5, 24, false, false, null)]
    [InlineData("rounds", TournamentFormat.Swiss, 8, 5, 24, false, false, 0)]
    [InlineData("rounds", TournamentFormat.RoundRobin, 8, 5, 24, false, false, 3)]
    public void A_setting_out_of_bounds_or_for_another_format_is_refused_naming_its_field(
        string field, TournamentFormat format, int capacity, int roster, int hours, bool thirdPlace, bool twice, int? rounds)
    {
        var result = TournamentSettings.Create(format, capacity, roster, TimeSpan.FromHours(hours), thirdPlace, doubleRoundRobin: twice, swissRounds: rounds);

        Assert.Equal("validation_failed", result.Error!.Code);
        Assert.Contains(field, result.Error.FieldErrors!.Keys);
    }

    [Fact]
    public void Points_and_tie_breaks_are_checked()
    {
        Assert.Contains("points", TournamentSettings.Create(TournamentFormat.RoundRobin, 8, 5, Day, points: new PointSystem(1, 3, 0, 3)).Error!.FieldErrors!.Keys);
        Assert.Contains("points", TournamentSettings.Create(TournamentFormat.RoundRobin, 8, 5, Day, points: new PointSystem(1000, 1, 0, 3)).Error!.FieldErrors!.Keys);
        Assert.Contains("tieBreaks", TournamentSettings.Create(TournamentFormat.RoundRobin, 8, 5, Day, tieBreaks: [TieBreak.Buchholz, TieBreak.Buchholz]).Error!.FieldErrors!.Keys);
        Assert.Contains("tieBreaks", TournamentSettings.Create(TournamentFormat.SingleElimination, 8, 5, Day, tieBreaks: [TieBreak.Buchholz]).Error!.FieldErrors!.Keys);
    }

    [Fact]
    public void A_tournament_starts_with_two_entries_a_swiss_with_more_entries_than_rounds_and_a_third_place_match_with_four()
    {
        var swiss = TournamentSettings.Create(TournamentFormat.Swiss, 16, 5, Day, swissRounds: 5).Value;
        var withThirdPlace = TournamentSettings.Create(TournamentFormat.SingleElimination, 16, 5, Day, thirdPlaceMatch: true).Value;

        Assert.Equal(CommunityErrors.SwissRoundsTooMany, TournamentSettings.Create(TournamentFormat.Swiss, 8, 5, Day, swissRounds: 8).Error);
        Assert.Equal(CommunityErrors.TooFewEntrants, swiss.RefusalToStart(1));
        Assert.Equal(CommunityErrors.SwissRoundsTooMany, swiss.RefusalToStart(5));
        Assert.Null(swiss.RefusalToStart(6));
        Assert.Equal(CommunityErrors.ThirdPlaceNeedsFourEntrants, withThirdPlace.RefusalToStart(3));
        Assert.Null(withThirdPlace.RefusalToStart(4));
    }
}
