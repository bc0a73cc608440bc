using System.Text;

namespace NewsAnalysis.Data.Imports;

/// <summary>
/// Bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE); else strict UTF-8; text that is not valid UTF-8 is read as
/// Windows-1252 with a warning (old newsroom exports). Binary data is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new ImportException("empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Utf8(bytes[3..]), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Utf16(bytes[2..], Encoding.Unicode), null);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Utf16(bytes[2..], Encoding.BigEndianUnicode), null);
        }

        if (LooksBinary(bytes))
        {
            throw new ImportException("binary file: not text (it contains NUL or control bytes)");
        }

        try
        {
            return new DecodedText(StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            var at = FirstInvalidUtf8(bytes);
            return new DecodedText(
                Windows1252.Value.GetString(bytes),
                $"not valid UTF-8 (byte 0x{bytes[at]:X2} at offset {at}): read as Windows-1252");
        }
    }

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException problem)
        {
            throw new ImportException("starts with a UTF-8 byte order mark but is not valid UTF-8", problem);
        }
    }

    private static string Utf16(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (bytes.Length % 2 != 0)
        {
            throw new ImportException("starts with a UTF-16 byte order mark but has an odd number of bytes");
        }

        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException problem)
        {
            throw new ImportException("starts with a UTF-16 byte order mark but is not valid UTF-16", problem);
        }
    }

    // NUL never appears in text files; other C0 controls (besides tab, newlines, form feed, escape) only rarely.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                controls++;
            }
        }

        return controls > sample.Length / 100 + 2;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        Span<char> buffer = stackalloc char[256];
        while (valid < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[valid..], buffer, out var read, out _, replaceInvalidSequences: false);
            valid += read;
            if (status == System.Buffers.OperationStatus.InvalidData || status == System.Buffers.OperationStatus.NeedMoreData)
            {
                return valid;
            }

            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }
        }

        return Math.Min(valid, bytes.Length - 1);
    }
}
