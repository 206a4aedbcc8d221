using System.Buffers.Binary;

namespace Intake.Text.Sniffing;

/// <summary>A resolution written in an image file's header, in dots per inch across (X) and down (Y).</summary>
public readonly record struct HeaderResolution(double X, double Y);

/// <summary>
/// Reads the resolution an image file declares, without decoding it: PNG <c>pHYs</c> (pixels per metre), JPEG
/// JFIF density (dots per inch or per centimetre) and, when JFIF gives none, the EXIF <c>XResolution</c> /
/// <c>YResolution</c> / <c>ResolutionUnit</c> tags, TIFF's tags of the same name for each page. Null when the file
/// declares no absolute resolution (an aspect ratio only, no tag, a zero) or the header is malformed: whether a
/// declared value is believable is <see cref="Images.PageResolution"/>'s decision, not this reader's.
/// </summary>
public static class ResolutionHeaderReader
{
    private const double CmPerInch = 2.54, MetresPerInch = 0.0254;
    private const ushort TagXResolution = 282, TagYResolution = 283, TagResolutionUnit = 296;

    public static HeaderResolution? Read(ReadOnlySpan<byte> data, FileKind kind, int pageIndex = 0)
    {
        try
        {
            return kind switch
            {
                FileKind.Png => ReadPng(data),
                FileKind.Jpeg => ReadJpeg(data),
                FileKind.Tiff => ReadTiffPage(data, pageIndex),
                _ => null,
            };
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return null; // an offset or a length pointing outside the file: no usable resolution
        }
    }

    private static HeaderResolution? ReadPng(ReadOnlySpan<byte> d)
    {
        int at = 8; // signature
        while (at + 8 <= d.Length)
        {
            int length = checked((int)BinaryPrimitives.ReadUInt32BigEndian(d[at..]));
            var type = d.Slice(at + 4, 4);
            if (type.SequenceEqual("IDAT"u8) || type.SequenceEqual("IEND"u8)) return null; // pHYs comes before the pixels
            if (type.SequenceEqual("pHYs"u8) && length >= 9)
            {
                var body = d.Slice(at + 8, 9);
                if (body[8] != 1) return null; // unit 0: aspect ratio only
                return Valid(BinaryPrimitives.ReadUInt32BigEndian(body) * MetresPerInch,
                    BinaryPrimitives.ReadUInt32BigEndian(body[4..]) * MetresPerInch);
            }
            at += 12 + length;
        }
        return null;
    }

    private static HeaderResolution? ReadJpeg(ReadOnlySpan<byte> d)
    {
        HeaderResolution? exif = null;
        int i = 2;
        while (i + 4 <= d.Length)
        {
            if (d[i] != 0xFF) { i++; continue; }
            byte marker = d[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
            if (marker is 0xD9 or 0xDA) break; // the header is over
            int length = BinaryPrimitives.ReadUInt16BigEndian(d[(i + 2)..]);
            if (length < 2 || i + 2 + length > d.Length) break;
            var body = d.Slice(i + 4, length - 2);
            if (marker == 0xE0 && body.Length >= 12 && body[..5].SequenceEqual("JFIF\0"u8))
            {
                double x = BinaryPrimitives.ReadUInt16BigEndian(body[8..]), y = BinaryPrimitives.ReadUInt16BigEndian(body[10..]);
                var jfif = body[7] switch
                {
                    1 => Valid(x, y),
                    2 => Valid(x * CmPerInch, y * CmPerInch),
                    _ => null, // 0: aspect ratio only
                };
                if (jfif is not null) return jfif;
            }
            else if (marker == 0xE1 && exif is null && body.Length > 14 && body[..6].SequenceEqual("Exif\0\0"u8))
            {
                exif = ReadTiffDirectory(body[6..], 0);
            }
            i += 2 + length;
        }
        return exif;
    }

    private static HeaderResolution? ReadTiffPage(ReadOnlySpan<byte> d, int pageIndex) => ReadTiffDirectory(d, pageIndex);

    /// <summary>The resolution tags of directory <paramref name="index"/> of a TIFF structure (a TIFF file or an EXIF block).</summary>
    private static HeaderResolution? ReadTiffDirectory(ReadOnlySpan<byte> d, int index)
    {
        if (d.Length < 8) return null;
        bool little = d[0] == 'I' && d[1] == 'I';
        if (!little && !(d[0] == 'M' && d[1] == 'M')) return null;
        if (U16(d, 2, little) != 42) return null; // BigTIFF (43) is refused elsewhere
        long offset = U32(d, 4, little);
        var seen = new HashSet<long>();
        for (int n = 0; n < index; n++)
        {
            if (offset < 8 || offset + 2 > d.Length || !seen.Add(offset)) return null;
            int entries = U16(d, (int)offset, little);
            long next = offset + 2 + entries * 12L;
            if (next + 4 > d.Length) return null;
            offset = U32(d, (int)next, little);
        }
        if (offset < 8 || offset + 2 > d.Length) return null;
        int count = U16(d, (int)offset, little);
        double? x = null, y = null;
        int unit = 2; // TIFF 6.0: inches when the tag is absent
        for (int e = 0; e < count; e++)
        {
            int at = checked((int)(offset + 2 + e * 12L));
            if (at + 12 > d.Length) return null;
            ushort tag = U16(d, at, little), type = U16(d, at + 2, little);
            switch (tag)
            {
                case TagXResolution: x = Rational(d, at, type, little); break;
                case TagYResolution: y = Rational(d, at, type, little); break;
                case TagResolutionUnit: unit = type == 3 ? U16(d, at + 8, little) : (int)U32(d, at + 8, little); break;
            }
        }
        if (x is null) return null;
        double factor = unit switch { 2 => 1, 3 => CmPerInch, _ => 0 }; // 1: no absolute unit
        return factor == 0 ? null : Valid(x.Value * factor, (y ?? x.Value) * factor);
    }

    /// <summary>A RATIONAL (type 5) value: numerator and denominator at the offset the entry holds.</summary>
    private static double? Rational(ReadOnlySpan<byte> d, int entry, ushort type, bool little)
    {
        if (type != 5) return null;
        long at = U32(d, entry + 8, little);
        if (at + 8 > d.Length) return null;
        double numerator = U32(d, (int)at, little), denominator = U32(d, (int)at + 4, little);
        return denominator == 0 ? null : numerator / denominator;
    }

    private static HeaderResolution? Valid(double x, double y) => x > 0 && y > 0 ? new HeaderResolution(x, y) : null;

    private static ushort U16(ReadOnlySpan<byte> d, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(d[at..]) : BinaryPrimitives.ReadUInt16BigEndian(d[at..]);

    private static uint U32(ReadOnlySpan<byte> d, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(d[at..]) : BinaryPrimitives.ReadUInt32BigEndian(d[at..]);
}
