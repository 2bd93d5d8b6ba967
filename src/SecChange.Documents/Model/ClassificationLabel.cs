using SecChange.Domain.Modifications;

namespace SecChange.Documents.Model;

/// <summary>The Panel Information Policy label as a document prints it, and what each label allows.</summary>
public static class ClassificationLabel
{
    public static string Name(Classification label) => label switch
    {
        Classification.White => "WHITE",
        Classification.Green => "GREEN",
        Classification.Amber => "AMBER",
        Classification.Red => "RED",
        _ => throw new ArgumentOutOfRangeException(nameof(label), label, "A document needs a classification label: red, amber, green or white."),
    };

    /// <summary>The sentence SECAS opens its documents with (seeds 000 and 002).</summary>
    public static string Statement(Classification label) =>
        $"This document is classified as {Word(label)} in accordance with the Panel Information Policy. " + label switch
        {
            Classification.White => "Information can be shared with the public, and any members may publish the information, subject to copyright.",
            Classification.Green => "Information can be shared with SEC Parties and the smart metering community, but not published.",
            Classification.Amber => "Information can be shared only within the recipient's organisation, on a need-to-know basis.",
            _ => "Information may not be shared beyond the named recipients.",
        };

    /// <summary>Whether content classified <paramref name="content"/> may appear in a document labelled <paramref name="label"/>.</summary>
    public static bool Fits(Classification content, Classification label) => Rank(content) <= Rank(label);

    private static string Word(Classification label) => Name(label)[..1] + Name(label)[1..].ToLowerInvariant();

    // WHITE is the lowest label, RED the highest; an unclassified record counts as public (as Visibility treats it).
    private static int Rank(Classification c) => c switch
    {
        Classification.Red => 4,
        Classification.Amber => 3,
        Classification.Green => 2,
        _ => 1,
    };
}
