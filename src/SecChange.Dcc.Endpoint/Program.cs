using SecChange.Dcc.Endpoint;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddDuisEndpoint(builder.Configuration.GetSection(DuisEndpointOptions.Section));

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDuisEndpoint();
app.Run();

/// <summary>The DUIS endpoint host; public and partial so tests can start it in memory.</summary>
public partial class Program;
