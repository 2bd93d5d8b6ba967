using SecChange.Dcc.Signing;

namespace SecChange.Dcc.Tests;

/// <summary><c>secchange dcc sign</c>: signs as the RequestID's originator with strictly increasing counters.</summary>
public sealed class SignCommandTests : DccCliScratch
{
    private (int Exit, string Out, string Err) Sign(params string[] args) => Run(["sign", .. args, "--state", State]);

    private string Request(string name, string content) => WriteFile(name, content);

    private static string ReadFirmware => ReferenceMessages.Read("ECS52_11.2_SUCCESS_REQUEST_DUIS.XML");

    [Fact]
    public void Sign_WhenSameRequestSignedTwice_SecondGetsTheNextCounterAndBothVerify()
    {
        var request = Request("read.xml", ReadFirmware);
        var first = Path.Combine(Dir, "first.xml");
        var second = Path.Combine(Dir, "second.xml");

        var one = Sign(request, "--out", first);
        var two = Sign(request, "--out", second);

        one.Exit.ShouldBe(0, one.Err);
        two.Exit.ShouldBe(0, two.Err);
        two.Out.ShouldContain(":1001 ");
        two.Out.ShouldContain("counter raised");
        File.ReadAllText(first).ShouldContain(":00-DB-12-34-56-78-90-A0:1000</sr:RequestID>");
        File.ReadAllText(second).ShouldContain(":00-DB-12-34-56-78-90-A0:1001</sr:RequestID>");
        var verifier = new DuisSignatureVerifier(DuisKeystore.Default);
        verifier.Verify(File.ReadAllText(first), Scenario.Supplier).ShouldBe(SignatureCheck.Valid);
        verifier.Verify(File.ReadAllText(second), Scenario.Supplier).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void Sign_WithoutOut_WritesOnlyTheSignedRequestToStandardOutput()
    {
        var (exit, output, _) = Sign(Request("read.xml", ReadFirmware));

        exit.ShouldBe(0);
        output.ShouldStartWith("<?xml");
        new DuisSignatureVerifier(DuisKeystore.Default).Verify(output, Scenario.Supplier).ShouldBe(SignatureCheck.Valid);
    }

    [Fact]
    public void Sign_WhenOriginatorHasNoKey_Exits3AndWritesNothing()
    {
        var request = Request("gt.xml", ReadFirmware.Replace("90-B3-D5-1F-30-01-00-00:", "90-B3-D5-1F-30-03-00-00:", StringComparison.Ordinal));
        var output = Path.Combine(Dir, "out.xml");

        var (exit, _, err) = Sign(request, "--out", output);

        exit.ShouldBe(3);
        err.ShouldContain("90-B3-D5-1F-30-03-00-00");
        err.ShouldNotContain("   at ");
        File.Exists(output).ShouldBeFalse();
    }

    [Theory]
    [InlineData("<not-duis/>")]
    [InlineData("<sr:Request xmlns:sr=\"http://www.dccinterface.co.uk/ServiceUserGateway\"><sr:Header>")]
    public void Sign_WhenFileIsNotADuisRequest_Exits2(string content)
    {
        var (exit, _, err) = Sign(Request("bad.xml", content));

        exit.ShouldBe(2);
        err.Trim().Split('\n').Length.ShouldBe(1);
    }
}
