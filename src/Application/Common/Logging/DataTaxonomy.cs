using Microsoft.Extensions.Compliance.Classification;

namespace Platform.Application.Common.Logging;

/// <summary>
/// The classes of data that reach logs only redacted. The logging setup binds each class to its redactor (ADR 41); code
/// that logs such a value asks <c>IRedactorProvider</c> for the class's redactor. Secrets (tokens, passwords, links that
/// carry them) have no class: they are never passed to a logger at all.
/// </summary>
public static class DataTaxonomy
{
    public const string Name = "Platform";

    /// <summary>
    /// Data that identifies a person, such as an e-mail address: logged only as a keyed hash, so lines about one person
    /// can be found together and nobody without the key can read the value back.
    /// </summary>
    public static DataClassification PersonalData { get; } = new(Name, nameof(PersonalData));
}
