using Aims.Analyzers.Detection;
using Aims.Manifest.Vocabulary;
using Xunit;

namespace Aims.Analyzers.Tests.Detection;

/// <summary>A tool's effect from the verb its name begins with, in every case style a tool name is written in.</summary>
public sealed class ToolEffectsTests
{
    [Theory]
    [InlineData("SendEmail", "send")]
    [InlineData("sendEmail", "send")]
    [InlineData("send_email", "send")]
    [InlineData("delete-file", "delete")]
    [InlineData("TrySubmitOrder", "submit")]
    [InlineData("HTTPGetStatus", "http")]
    [InlineData("GetURLForId", "get")]
    [InlineData("Weather", "weather")]
    [InlineData("try", "try")]
    [InlineData("", null)]
    [InlineData("__", null)]
    public void The_first_verb_is_the_first_word_after_a_leading_try(string name, string? verb) =>
        Assert.Equal(verb, ToolEffects.FirstVerb(name));

    [Theory]
    [InlineData("SendEmail", "Acting")]
    [InlineData("refund_order", "Acting")]
    [InlineData("GetWeather", "ReadOnly")]
    [InlineData("search-docs", "ReadOnly")]
    [InlineData("Weather", "Unknown")]
    [InlineData("OrderHistory", "Unknown")]
    [InlineData("StoreHours", "Unknown")]
    [InlineData("FormatDisk", "Unknown")]
    [InlineData("CheckIn", "Unknown")]
    [InlineData(null, "Unknown")]
    public void A_listed_verb_decides_and_any_other_name_says_nothing(string? name, string effect)
    {
        var (actual, basis) = ToolEffects.FromName(name);

        Assert.Equal(effect, actual.ToString());
        Assert.Equal(actual == AiToolEffect.Unknown, basis is null);
    }

    [Fact]
    public void No_verb_is_both_acting_and_reading() =>
        Assert.Empty(ToolEffects.ActingVerbs.Intersect(ToolEffects.ReadingVerbs));
}
