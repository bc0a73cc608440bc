namespace NewsAnalysis.Data.Imports;

/// <summary>One article's raw input found in an upload, or why the part of the upload could not be read.</summary>
public sealed record UnpackedItem(string Name, string Format, byte[]? Payload, string? Error)
{
    public static UnpackedItem Ok(string name, string format, byte[] payload) => new(name, format, payload, null);

    public static UnpackedItem Fail(string name, string error) => new(name, ImportFormats.Text, null, error);
}
