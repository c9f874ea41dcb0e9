using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.Extensions.DependencyInjection;
using Platform.Api.Http;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Contracts;

/// <summary>
/// The limits a validator enforces are the limits the published schemas state (ADR 34): for every request body and
/// every query or route parameter, each length, range and comparison of its validator equals the schema's.
/// </summary>
public sealed class ContractLimitsTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Every_request_body_states_the_limits_its_validator_enforces(string version)
    {
        var schemas = (await DocumentAsync(version))["components"]!["schemas"]!.AsObject();
        var checkedLimits = 0;
        var disagreements = new List<string>();
        foreach (var (name, schema) in schemas.Where(entry => entry.Key.EndsWith("Request", StringComparison.Ordinal)))
        {
            var request = typeof(ContractLimits).Assembly.GetTypes().Single(type => type.Name == name);
            if (ContractLimits.ValidatedTypeOf(request) is not { } validated || ValidatorOf(validated) is not { } validator)
            {
                continue;
            }

            foreach (var (member, rule) in BuiltInRulesOf(validator))
            {
                if (schema!["properties"]?[Camel(member)] is { } property)
                {
                    checkedLimits++;
                    disagreements.AddRange(Disagreements($"{name}.{Camel(member)}", property, rule));
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.True(checkedLimits > 0 || version == "v2", "no limits were compared");
    }

    [Theory]
    [InlineData("v1")]
    [InlineData("v2")]
    public async Task Every_query_and_route_parameter_states_the_limits_its_validator_enforces(string version)
    {
        var paths = (await DocumentAsync(version))["paths"]!.AsObject();
        var checkedLimits = 0;
        var disagreements = new List<string>();
        foreach (var operation in paths.SelectMany(path => path.Value!.AsObject().Select(method => method.Value!)))
        {
            var slice = operation["operationId"]!.GetValue<string>().TrimEnd('1', '2').TrimEnd('V');
            var request = typeof(ContractLimits).Assembly.GetReferencedAssemblies().Select(System.Reflection.Assembly.Load)
                .SelectMany(assembly => assembly.GetTypes())
                .FirstOrDefault(type => type.IsPublic && (type.Name == slice + "Query" || type.Name == slice + "Command"));
            if (request is null || ValidatorOf(request) is not { } validator)
            {
                continue;
            }

            foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
            {
                foreach (var (member, rule) in BuiltInRulesOf(validator).Where(entry => string.Equals(entry.Member, parameter!["name"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase)))
                {
                    checkedLimits++;
                    disagreements.AddRange(Disagreements($"{operation["operationId"]}?{member}", parameter!["schema"]!, rule));
                }
            }
        }

        Assert.Empty(disagreements);
        Assert.True(checkedLimits > 0, "no limits were compared");
    }

    private async Task<JsonObject> DocumentAsync(string version) =>
        (await (await GetAsync($"/openapi/{version}.json")).Content.ReadFromJsonAsync<JsonObject>())!;

    private IValidator? ValidatorOf(Type validated) =>
        (IValidator?)Factory.Services.GetService(typeof(IValidator<>).MakeGenericType(validated));

    private static IEnumerable<(string Member, IPropertyValidator Rule)> BuiltInRulesOf(IValidator validator) =>
        validator.CreateDescriptor().GetMembersWithValidators()
            .SelectMany(group => group.Select(component => (group.Key, component.Validator)))
            .Where(entry => entry.Validator is ILengthValidator or IBetweenValidator { From: int or decimal or long or double }
                || entry.Validator is IComparisonValidator { MemberToCompare: null, ValueToCompare: int or decimal or long });

    private static IEnumerable<string> Disagreements(string where, JsonNode schema, IPropertyValidator rule)
    {
        switch (rule)
        {
            case ILengthValidator { Max: > 0 } length when Number(schema["maxLength"]) != length.Max:
                yield return $"{where}: the validator allows at most {length.Max} characters, the schema says {schema["maxLength"]}";
                break;
            case ILengthValidator length when (Number(schema["minLength"]) ?? 0) < length.Min:
                yield return $"{where}: the validator needs at least {length.Min} characters, the schema says {schema["minLength"]}";
                break;
            case IBetweenValidator between when Number(schema["minimum"] ?? schema["exclusiveMinimum"]) != Convert.ToDecimal(between.From, CultureInfo.InvariantCulture)
                || Number(schema["maximum"] ?? schema["exclusiveMaximum"]) != Convert.ToDecimal(between.To, CultureInfo.InvariantCulture):
                yield return $"{where}: the validator allows {between.From} to {between.To}, the schema says {schema["minimum"]} to {schema["maximum"]}";
                break;
            case IComparisonValidator comparison:
                var bound = comparison.Comparison switch
                {
                    Comparison.GreaterThan => schema["exclusiveMinimum"],
                    Comparison.GreaterThanOrEqual => schema["minimum"],
                    Comparison.LessThan => schema["exclusiveMaximum"],
                    Comparison.LessThanOrEqual => schema["maximum"],
                    _ => null,
                };
                if (bound is not null && Number(bound) != Convert.ToDecimal(comparison.ValueToCompare, CultureInfo.InvariantCulture))
                {
                    yield return $"{where}: the validator compares {comparison.Comparison} {comparison.ValueToCompare}, the schema says {bound}";
                }

                break;
        }
    }

    private static decimal? Number(JsonNode? node) => node is null ? null : decimal.Parse(node.ToJsonString(), CultureInfo.InvariantCulture);

    private static string Camel(string member) => char.ToLowerInvariant(member[0]) + member[1..];
}
