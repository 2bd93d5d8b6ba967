using SecChange.Dcc.Cluster;
using SecChange.Dcc.Endpoint;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
// Duis:Cluster = localhost or postgres makes this host a silo of the DSP cluster; none keeps the partitions in process.
builder.AddDccCluster(builder.Configuration.GetSection(DuisEndpointOptions.Section));
builder.Services.AddDuisEndpoint(builder.Configuration.GetSection(DuisEndpointOptions.Section));

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapDuisEndpoint();
app.Run();

/// <summary>The DUIS endpoint host; public and partial so tests can start it in memory.</summary>
public partial class Program;
