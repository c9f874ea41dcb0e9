using Microsoft.Extensions.Compliance.Classification;

namespace Platform.Application.Common.Logging;

/// <summary>
/// The classes of data a log parameter may hold. The logging setup binds each class to its redactor (ADR 41); a
/// parameter marked with one is redacted before any log provider sees it. Secrets (tokens, passwords, links that carry
/// them) have no class: they are never passed to a logger at all.
/// </summary>
public static class DataTaxonomy
{
    public const string Name = "Platform";

    /// <summary>Data that identifies a person, such as an e-mail address: logged only as a keyed hash.</summary>
    public static DataClassification PersonalData { get; } = new(Name, nameof(PersonalData));
}

/// <summary>
/// Marks a log parameter as <see cref="DataTaxonomy.PersonalData"/>: lines about one person can be found together by its
/// keyed hash, and nobody without the key can read the value back.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.Field)]
public sealed class PersonalDataAttribute() : DataClassificationAttribute(DataTaxonomy.PersonalData);
