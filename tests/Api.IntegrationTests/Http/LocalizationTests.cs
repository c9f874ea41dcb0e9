using System.Net;
using Platform.Api.IntegrationTests.Support;

namespace Platform.Api.IntegrationTests.Http;

public sealed class LocalizationTests(PlatformApiFactory factory) : ApiTest(factory)
{
    [Theory]
    [InlineData("ru", "Проект не существует.")]
    [InlineData("ru-RU,ru;q=0.9,en;q=0.8", "Проект не существует.")]
    [InlineData("en", "The project does not exist.")]
    [InlineData("de-DE", "The project does not exist.")]
    [InlineData(null, "The project does not exist.")]
    public async Task A_problem_speaks_the_language_the_client_asks_for_and_english_otherwise(string? acceptLanguage, string title)
    {
        var ann = await SignInNewUserAsync();

        var problem = await Problem.ReadAsync(await SendWithLanguageAsync($"/api/v1/projects/{Guid.CreateVersion7()}", ann.Token, acceptLanguage), HttpStatusCode.NotFound);

        Assert.Equal(("project_not_found", title), (problem.Code, problem.Body.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task Validation_messages_come_in_russian_both_the_built_in_and_our_own()
    {
        var ann = await SignInNewUserAsync();

        var problem = await Problem.ReadAsync(await SendWithLanguageAsync("/api/v2/projects?limit=0&status=deleted", ann.Token, "ru"), HttpStatusCode.BadRequest);

        Assert.Equal("Одно или несколько полей заполнены неверно.", problem.Body.GetProperty("title").GetString());
        Assert.Equal("Статус должен быть active или archived.", Assert.Single(problem.Errors["status"]));
        Assert.Contains("должно быть в диапазоне от 1 до 100", Assert.Single(problem.Errors["limit"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Framework_problems_are_translated_too()
    {
        var unknownRoute = await Problem.ReadAsync(await SendWithLanguageAsync("/api/v1/nowhere", token: null, "ru"), HttpStatusCode.NotFound);
        var anonymous = await Problem.ReadAsync(await SendWithLanguageAsync("/api/v1/auth/me", token: null, "ru"), HttpStatusCode.Unauthorized);

        Assert.Equal("Ресурс не найден.", unknownRoute.Body.GetProperty("title").GetString());
        Assert.Equal("Требуется аутентификация.", anonymous.Body.GetProperty("title").GetString());
    }

    private Task<HttpResponseMessage> SendWithLanguageAsync(string path, string? token, string? acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }

        return Client.SendAsync(request);
    }
}
