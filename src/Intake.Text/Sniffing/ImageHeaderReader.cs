using System.Buffers.Binary;

namespace Intake.Text.Sniffing;

/// <summary>Pixel size of one image (or TIFF page), read from the file header without decoding.</summary>
public readonly record struct ImageSize(long Width, long Height);

/// <summary>
/// Reads image dimensions from PNG, JPEG and TIFF headers, so that absurd sizes are refused before any decoder
/// allocates memory for them. Throws <see cref="UnreadableFileException"/> (corrupt_image) on broken headers.
/// </summary>
public static class ImageHeaderReader
{
    /// <summary>Sizes of every page (one for PNG/JPEG, one per directory for TIFF).</summary>
    public static IReadOnlyList<ImageSize> ReadSizes(ReadOnlySpan<byte> data, FileKind kind, int maxPages = int.MaxValue) => kind switch
    {
        FileKind.Png => [ReadPng(data)],
        FileKind.Jpeg => [ReadJpeg(data)],
        FileKind.Tiff => ReadTiff(data, maxPages),
        _ => throw new ArgumentException($"not an image: {kind}", nameof(kind)),
    };

    private static ImageSize ReadPng(ReadOnlySpan<byte> d)
    {
        // Signature (8) + chunk length (4) + "IHDR" (4) + width (4) + height (4).
        if (d.Length < 24 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R')
            throw Unreadable.CorruptImage("en-tête PNG illisible");
        return new ImageSize(BinaryPrimitives.ReadUInt32BigEndian(d[16..]), BinaryPrimitives.ReadUInt32BigEndian(d[20..]));
    }

    private static ImageSize ReadJpeg(ReadOnlySpan<byte> d)
    {
        int i = 2;
        while (i + 4 <= d.Length)
        {
            if (d[i] != 0xFF) { i++; continue; }
            byte marker = d[i + 1];
            if (marker == 0xFF) { i++; continue; }
            if (marker is 0xD8 or 0x01 || marker is >= 0xD0 and <= 0xD7) { i += 2; continue; }
            if (marker == 0xD9 || marker == 0xDA) break; // end of image / start of scan before any frame header
            int length = BinaryPrimitives.ReadUInt16BigEndian(d[(i + 2)..]);
            bool isFrame = marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC);
            if (isFrame)
            {
                if (i + 9 > d.Length) break;
                long height = BinaryPrimitives.ReadUInt16BigEndian(d[(i + 5)..]);
                long width = BinaryPrimitives.ReadUInt16BigEndian(d[(i + 7)..]);
                if (width == 0 || height == 0) break;
                return new ImageSize(width, height);
            }
            if (length < 2) break;
            i += 2 + length;
        }
        throw Unreadable.CorruptImage("en-tête JPEG illisible");
    }

    private static List<ImageSize> ReadTiff(ReadOnlySpan<byte> d, int maxPages)
    {
        if (d.Length < 8) throw Unreadable.CorruptImage("en-tête TIFF illisible");
        bool little = d[0] == 'I';
        ushort magic = U16(d, 2, little);
        if (magic == 43) throw Unreadable.UnsupportedFormat("BigTIFF");
        long offset = U32(d, 4, little);
        var sizes = new List<ImageSize>();
        var seen = new HashSet<long>();
        while (offset != 0)
        {
            if (offset < 8 || offset + 2 > d.Length || !seen.Add(offset))
                throw Unreadable.CorruptImage($"répertoire TIFF {sizes.Count + 1} introuvable");
            int count = U16(d, (int)offset, little);
            long entries = offset + 2;
            if (entries + count * 12L + 4 > d.Length) throw Unreadable.CorruptImage("répertoire TIFF tronqué");
            long width = 0, height = 0;
            for (int e = 0; e < count; e++)
            {
                int at = (int)(entries + e * 12L);
                ushort tag = U16(d, at, little), type = U16(d, at + 2, little);
                long value = type == 3 ? U16(d, at + 8, little) : U32(d, at + 8, little);
                if (tag == 256) width = value;
                else if (tag == 257) height = value;
            }
            if (width == 0 || height == 0) throw Unreadable.CorruptImage("dimensions TIFF absentes");
            sizes.Add(new ImageSize(width, height));
            if (sizes.Count > maxPages) break; // enough to report "too many pages"
            offset = U32(d, (int)(entries + count * 12L), little);
        }
        if (sizes.Count == 0) throw Unreadable.NoPages();
        return sizes;
    }

    private static ushort U16(ReadOnlySpan<byte> d, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(d[at..]) : BinaryPrimitives.ReadUInt16BigEndian(d[at..]);

    private static uint U32(ReadOnlySpan<byte> d, int at, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(d[at..]) : BinaryPrimitives.ReadUInt32BigEndian(d[at..]);
}
