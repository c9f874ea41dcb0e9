using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using FluentValidation;
using FluentValidation.Validators;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Platform.Api.Http;

/// <summary>
/// The values a text field accepts, read from the static list that the validator checks (written once), e.g.
/// <c>[ValuesFrom(typeof(UserPreferences), nameof(UserPreferences.Locales))]</c>; the OpenAPI schema lists them as its <c>enum</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class ValuesFromAttribute(Type owner, string member) : Attribute
{
    public IReadOnlyList<string> Values =>
        [.. (IEnumerable<string>)(owner.GetField(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? owner.GetProperty(member, BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            ?? throw new InvalidOperationException($"{owner.Name}.{member} is not a public static list of values."))];
}

/// <summary>The longest each text item of a list may be; the OpenAPI schema states it as the items' <c>maxLength</c>.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class ItemsMaxLengthAttribute(int maxLength) : Attribute
{
    public int MaxLength { get; } = maxLength;
}

/// <summary>
/// Puts into the schemas the limits the API enforces, from the one place each is written (ADR 34):
/// <list type="bullet">
/// <item>a request body's built-in FluentValidation rules (lengths, ranges, comparisons with a constant, not-empty),
/// read from the validator of the request it becomes (<c>XRequest</c> → <c>XCommand</c>, <c>SetRequest</c> → <c>SetInput</c>);</item>
/// <item><see cref="ValuesFromAttribute"/> and <see cref="ItemsMaxLengthAttribute"/> on the request's properties;</item>
/// <item>DataAnnotations (<c>[StringLength]</c>, <c>[MaxLength]</c>, <c>[Range]</c>) naming the domain's constants where a rule
/// is the domain's own predicate; the framework maps those itself.</item>
/// </list>
/// </summary>
internal static partial class ContractLimits
{
    private static readonly Dictionary<string, Type> ValidatedTypes = typeof(Platform.Application.DependencyInjection).Assembly.GetTypes()
        .Where(type => type.IsPublic && (type.Name.EndsWith("Command", StringComparison.Ordinal) || type.Name.EndsWith("Query", StringComparison.Ordinal)
            || type.Name.EndsWith("Input", StringComparison.Ordinal)))
        .ToDictionary(type => type.Name, StringComparer.Ordinal);

    public static Task Apply(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is null && ValidatedTypeOf(context.JsonTypeInfo.Type) is { } validated
            && context.ApplicationServices.GetService(typeof(IValidator<>).MakeGenericType(validated)) is IValidator validator)
        {
            ApplyValidatorRules(schema, validator.CreateDescriptor());
        }

        BoundByFormat(schema);
        var attributes = context.JsonPropertyInfo?.AttributeProvider?.GetCustomAttributes(inherit: true)
            ?? (context.ParameterDescription?.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo.GetCustomAttributes(inherit: true)
            ?? [];
        foreach (var attribute in attributes)
        {
            switch (attribute)
            {
                case ValuesFromAttribute values when schema.Items is OpenApiSchema itemSchema:
                    // A set of these values: no more items than values, each once.
                    itemSchema.Enum = [.. values.Values.Select(value => (JsonNode)JsonValue.Create(value))];
                    schema.MaxItems ??= values.Values.Count;
                    schema.UniqueItems = true;
                    break;
                case ValuesFromAttribute values:
                    schema.Enum = [.. values.Values.Select(value => (JsonNode)JsonValue.Create(value))];
                    break;
                case ItemsMaxLengthAttribute items when schema.Items is OpenApiSchema itemSchema:
                    itemSchema.MaxLength = items.MaxLength;
                    break;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// The query and route parameters of an operation get the limits of the validator of the request its endpoint sends,
    /// found by the endpoint's name (<c>ListProjects</c> → <c>ListProjectsQuery</c>; a <c>V2</c> suffix is the version's).
    /// </summary>
    public static Task ApplyToParameters(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var name = context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName;
        if (name is null || operation.Parameters is null)
        {
            return Task.CompletedTask;
        }

        var slice = VersionSuffix().Replace(name, string.Empty);
        var request = ValidatedTypes.GetValueOrDefault(slice + "Query") ?? ValidatedTypes.GetValueOrDefault(slice + "Command");
        if (request is null || context.ApplicationServices.GetService(typeof(IValidator<>).MakeGenericType(request)) is not IValidator validator)
        {
            return Task.CompletedTask;
        }

        var members = validator.CreateDescriptor().GetMembersWithValidators().ToList();
        foreach (var parameter in operation.Parameters.Where(parameter => parameter.In is ParameterLocation.Query or ParameterLocation.Path))
        {
            if (parameter.Schema is not OpenApiSchema schema)
            {
                continue;
            }

            foreach (var rule in members.Where(group => string.Equals(group.Key, parameter.Name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(group => group.Select(component => component.Validator)))
            {
                Apply(schema, rule);
            }
        }

        return Task.CompletedTask;
    }

    [GeneratedRegex("V[0-9]+$")]
    private static partial Regex VersionSuffix();

    /// <summary>
    /// A uuid, a date or a date-time in text has a fixed largest size; the schema says so (36 characters for a uuid, 10 for
    /// a date, 40 for an ISO-8601 date-time with fractions and an offset), so no text of that format is unbounded.
    /// </summary>
    private static void BoundByFormat(OpenApiSchema schema)
    {
        if (schema.MaxLength is null && schema.Type?.HasFlag(JsonSchemaType.String) == true)
        {
            schema.MaxLength = schema.Format switch
            {
                "uuid" => 36,
                "date" => 10,
                "date-time" => 40,
                _ => null,
            };
        }

        if (schema.Items is OpenApiSchema items)
        {
            BoundByFormat(items);
        }
    }

    /// <summary>The Application type a request body becomes, by name: the validator that guards it is the source of its limits.</summary>
    public static Type? ValidatedTypeOf(Type request) =>
        request.Name.EndsWith("Request", StringComparison.Ordinal)
        && (ValidatedTypes.GetValueOrDefault(request.Name[..^"Request".Length] + "Command")
            ?? ValidatedTypes.GetValueOrDefault(request.Name[..^"Request".Length] + "Input")) is { } validated
            ? validated
            : null;

    private static void ApplyValidatorRules(OpenApiSchema schema, IValidatorDescriptor descriptor)
    {
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is not OpenApiSchema target)
            {
                continue;
            }

            var rules = descriptor.GetMembersWithValidators()
                .Where(group => string.Equals(group.Key, name, StringComparison.OrdinalIgnoreCase))
                .SelectMany(group => group.Select(component => component.Validator));
            foreach (var rule in rules)
            {
                Apply(target, rule);
            }
        }
    }

    private static void Apply(OpenApiSchema target, IPropertyValidator rule)
    {
        switch (rule)
        {
            case ILengthValidator length:
                target.MaxLength = length.Max > 0 ? length.Max : target.MaxLength;
                target.MinLength = Math.Max(length.Min, target.MinLength ?? 0);
                break;
            case IBetweenValidator between when IsNumber(between.From) && IsNumber(between.To):
                var exclusive = rule.Name.StartsWith("Exclusive", StringComparison.Ordinal);
                if (exclusive)
                {
                    target.ExclusiveMinimum = Number(between.From);
                    target.ExclusiveMaximum = Number(between.To);
                }
                else
                {
                    target.Minimum = Number(between.From);
                    target.Maximum = Number(between.To);
                }

                break;
            case IComparisonValidator { MemberToCompare: null, ValueToCompare: var value } comparison when IsNumber(value):
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThan: target.ExclusiveMinimum = Number(value); break;
                    case Comparison.GreaterThanOrEqual: target.Minimum = Number(value); break;
                    case Comparison.LessThan: target.ExclusiveMaximum = Number(value); break;
                    case Comparison.LessThanOrEqual: target.Maximum = Number(value); break;
                }

                break;
            case INotEmptyValidator when target.Items is not null:
                target.MinItems = Math.Max(1, target.MinItems ?? 0);
                break;
            case INotEmptyValidator when target.Type?.HasFlag(JsonSchemaType.String) == true && target.Format is null:
                target.MinLength = Math.Max(1, target.MinLength ?? 0);
                break;
        }
    }

    private static bool IsNumber(object? value) => value is int or long or decimal or double or float or short;

    private static string Number(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!;
}
