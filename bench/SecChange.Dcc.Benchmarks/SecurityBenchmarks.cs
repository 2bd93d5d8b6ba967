using System.Text;
using BenchmarkDotNet.Attributes;
using NodaTime;
using SecChange.Dcc.Duis;
using SecChange.Dcc.Identity;
using SecChange.Dcc.Performance;
using SecChange.Dcc.Signing;

namespace SecChange.Dcc.Benchmarks;

/// <summary>
/// What the endpoint's door costs: a 4 MB attribute flood read by a bare XmlReader (what the parser paid
/// before the attribute limit) against the parser refusing it now; and signature verification and
/// response signing against a bare parse of the same request (the Ratio column).
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class SecurityBenchmarks
{
    private string _request = null!;
    private string _signed = null!;
    private string _flood = null!;
    private DuisSignatureVerifier _verifier = null!;
    private DuisSecurity _security = null!;
    private DuisGateway _verifying = null!;
    private string _response = null!;
    private static readonly Eui64 Supplier = Eui64.Parse("90-B3-D5-1F-30-01-00-00");

    [GlobalSetup]
    public void Setup()
    {
        _request = QuickBench.SampleRequest;
        _signed = OriginatorSigning.Sign(_request, DuisKeystore.Default, _ => null).Xml!;
        var attributes = new StringBuilder(4_000_000);
        for (var i = 0; attributes.Length < 3_900_000; i++)
        {
            attributes.Append(" a").Append(i).Append("=\"x\"");
        }

        _flood = _request.Replace(" schemaVersion=", attributes + " schemaVersion=", StringComparison.Ordinal);
        _verifier = new DuisSignatureVerifier(DuisKeystore.Default);
        _security = new DuisSecurity(DuisKeystore.Default);
        _verifying = new DuisGateway(QuickBench.BuildGateway(SystemClock.Instance).Dsp, SystemClock.Instance, _security);
        _response = QuickBench.BuildGateway(SystemClock.Instance).Process(_request).ResponseXml!;
    }

    [Benchmark(Baseline = true, Description = "Bare XML parse of a reference request")]
    public int BareParse() => QuickBench.BareParse(_request);

    [Benchmark(Description = "4 MB attribute flood: bare XmlReader (the cost before the limit)")]
    public int FloodBareReader() => QuickBench.BareParse(_flood);

    [Benchmark(Description = "4 MB attribute flood: DUIS parser refuses it")]
    public DuisParseError FloodRefused() => DuisRequestParser.Parse(_flood).Error;

    [Benchmark(Description = "Verify a signed request (XMLDSig, ECDSA P-256)")]
    public SignatureCheck Verify() => _verifier.Verify(_signed, Supplier);

    [Benchmark(Description = "Sign a response as the Access Control Broker")]
    public string SignResponse() => _security.Sign(_response);

    [Benchmark(Description = "Signed request in -> signed responses out (one thread)")]
    public DuisExchange SignedRequestToResponses()
    {
        // The same signed request each time, so its counter is forgotten first (the gateway refuses replays).
        _security.Counters.Restore(Supplier, 0);
        return _verifying.Process(_signed);
    }
}
