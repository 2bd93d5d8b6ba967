using System.Text;
using System.Text.Json;
using SecChange.Application.Json;
using SecChange.Application.Reference;
using SecChange.Application.Register;
using SecChange.Domain.Errors;
using SecChange.Domain.Limits;
using SecChange.Domain.Parties;

namespace SecChange.Application.Tests;

public class RegisterDocumentReaderTests
{
    private static MemoryStream Utf8(string json) => new(Encoding.UTF8.GetBytes(json));

    [Fact]
    public async Task ReadAsync_WhenSampleRegisterIsStreamed_ReadsTheSameDocumentAsParse()
    {
        var json = JsonSerializer.Serialize(ReferenceData.SampleRegister(), RegisterJson.Indented);

        var streamed = await RegisterDocumentReader.ReadAsync(Utf8(json));

        streamed.Modifications.Count.ShouldBe(ReferenceData.SampleRegister().Modifications.Count);
        JsonSerializer.Serialize(streamed, RegisterJson.Indented).ShouldBe(json);
    }

    [Fact]
    public async Task ReadAsync_WhenInputNeverEnds_StopsAtTheSizeLimitWithAClearMessage()
    {
        // Whitespace is valid JSON padding, so only the size limit can stop it.
        var ex = await Should.ThrowAsync<DomainException>(() => RegisterDocumentReader.ReadAsync(new EndlessStream((byte)' ')));

        ex.Kind.ShouldBe(ErrorKind.InvalidInput);
        ex.Message.ShouldContain("larger than 50 MB");
    }

    [Fact]
    public async Task ReadAsync_WhenInputIsZeros_IsRefusedAsNotJson()
    {
        var ex = await Should.ThrowAsync<DomainException>(() => RegisterDocumentReader.ReadAsync(new EndlessStream(0)));

        ex.Message.ShouldContain("The register file is not valid");
    }

    [Fact]
    public async Task ReadAsync_WhenAPartyNameIsOversized_IsRefusedNamingTheField()
    {
        var document = new RegisterDocument { Parties = [new Party("British Gas", PartyCategory.LargeSupplier)] };
        var json = JsonSerializer.Serialize(document, RegisterJson.Options).Replace("British Gas", new string('p', InputLimits.MaxLineLength + 1));

        var ex = await Should.ThrowAsync<DomainException>(() => RegisterDocumentReader.ReadAsync(Utf8(json)));

        ex.Message.ShouldContain("name is too long");
    }

    /// <summary>A stream that never ends, like /dev/zero.</summary>
    private sealed class EndlessStream(byte fill) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill(fill);
            return count;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
