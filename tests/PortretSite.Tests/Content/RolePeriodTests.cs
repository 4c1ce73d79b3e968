using PortretSite.Content.Portraits;
using Xunit;

namespace PortretSite.Tests.Content;

/// <summary>The period of a role, read from the editor's words in Dutch and English; past or present follows from its dates, never from a word inside it.</summary>
public sealed class RolePeriodTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    public static TheoryData<string, RoleStage> Periods => new()
    {
        // The three that a substring once decided wrongly.
        { "januari 1960–juni 1965", RoleStage.Past },
        { "sinds 2019", RoleStage.Present },
        { "altijd", RoleStage.Present },

        { "1952–1961", RoleStage.Past },
        { "1952-1961", RoleStage.Past },
        { "1952 — 1961", RoleStage.Past },
        { "1988–", RoleStage.Present },
        { "1988-", RoleStage.Present },
        { "1988–nu", RoleStage.Present },
        { "1988 - now", RoleStage.Present },
        { "nu", RoleStage.Present },
        { "now", RoleStage.Present },
        { "always", RoleStage.Present },
        { "since forever", RoleStage.Present },
        { "since 2019", RoleStage.Present },
        { "vanaf mei 2020", RoleStage.Present },
        { "van 1952 tot 1961", RoleStage.Past },
        { "from 1952 to 1961", RoleStage.Past },
        { "tot 1965", RoleStage.Past },
        { "until March 1965", RoleStage.Past },
        { "1960-05–1965-06-30", RoleStage.Past },
        { "12 april 1938 – 3 januari 2024", RoleStage.Past },
        { "January 1960–June 1965", RoleStage.Past },
        { "1975", RoleStage.Past },
        { "2026", RoleStage.Present },
        { "2020–2030", RoleStage.Present },
        { "sinds 2027", RoleStage.Future },
        { "2028–", RoleStage.Future },
    };

    [Theory]
    [MemberData(nameof(Periods))]
    public void A_period_is_read_and_its_stage_follows_from_its_dates(string written, RoleStage stage)
    {
        Assert.True(RolePeriodText.TryParse(written, out var period), $"'{written}' reads as a period");
        Assert.Equal(stage, period.StageOn(Today));
        Assert.Equal(written, period.Written);
    }

    [Theory]
    [InlineData("jaren zestig")]
    [InlineData("nu en dan")]
    [InlineData("januari")]
    [InlineData("1960–juni")]
    [InlineData("1938-13")]
    [InlineData("")]
    public void Words_that_are_not_a_period_are_refused(string written) =>
        Assert.False(RolePeriodText.TryParse(written, out _));

    [Fact]
    public void The_dates_of_a_range_are_kept()
    {
        Assert.True(RolePeriodText.TryParse("januari 1960–juni 1965", out var period));

        Assert.Equal(new PartialDate(1960, 1, null), period.From);
        Assert.Equal(new PartialDate(1965, 6, null), period.Until);
        Assert.False(period.Open);
    }

    [Fact]
    public void A_role_without_a_period_is_one_of_now_and_a_role_of_someone_who_died_is_judged_on_the_day_of_death()
    {
        Assert.Equal(RoleStage.Present, new Role("oma", null, RoleWish.None, null, null).StageOn(Today));
        Assert.True(RolePeriodText.TryParse("1970–2022", out var choir));
        Assert.Equal(RoleStage.Present, choir.StageOn(new DateOnly(2021, 1, 1)));
        Assert.Equal(RoleStage.Past, choir.StageOn(new DateOnly(2023, 11, 19)));
    }
}
