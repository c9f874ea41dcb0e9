using Platform.Api.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatformApi();

var app = builder.Build();
app.UsePlatformApi();

return await app.RunCommandAsync(args);

/// <summary>The entry point; public so integration tests can host it with WebApplicationFactory.</summary>
public partial class Program;
