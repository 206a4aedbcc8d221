using System.IO.Compression;
using Intake.Text.Sniffing;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Intake.Text.Pdf;

/// <summary>
/// PdfPig's filters, with Flate decoding bounded: before a Flate stream is decoded into memory, it is inflated
/// once into a counter (nothing kept) and refused (<see cref="Unreadable.StreamTooLarge"/>) when its decoded size
/// exceeds the limit — <see cref="TextOptions.MaxDecodedStreamBytes"/> for page contents, fonts and forms; for an
/// image, what its declared size can hold (at most 8 bytes a pixel, within <see cref="TextOptions.MaxImagePixels"/>).
/// A "deflate bomb" (kilobytes that inflate to gigabytes) is thus refused without allocating.
/// </summary>
internal sealed class BoundedFilterProvider(TextOptions options) : IFilterProvider
{
    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private IReadOnlyList<IFilter> Wrap(IReadOnlyList<IFilter> filters) =>
        filters.Select(f => f is FlateFilter ? new BoundedFlate(f, options) : f).ToList();

    private sealed class BoundedFlate(IFilter flate, TextOptions options) : IFilter
    {
        public bool IsSupported => flate.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            var limit = Limit(streamDictionary);
            if (InflatedSize(input, limit) > limit) throw Unreadable.StreamTooLarge(limit);
            return flate.Decode(input, streamDictionary, filterProvider, filterIndex);
        }

        private long Limit(DictionaryToken dictionary)
        {
            bool image = dictionary.TryGet(NameToken.Subtype, out var subtype) && subtype is NameToken name && name.Data == NameToken.Image.Data;
            if (!image) return options.MaxDecodedStreamBytes;
            long w = dictionary.TryGet(NameToken.Width, out var width) && width is NumericToken nw ? (long)nw.Double : 0;
            long h = dictionary.TryGet(NameToken.Height, out var height) && height is NumericToken nh ? (long)nh.Double : 0;
            long pixels = w > 0 && h > 0 ? Math.Min(w * h, options.MaxImagePixels) : options.MaxImagePixels;
            return pixels * 8 + (1 << 20);
        }

        /// <summary>The decoded size, counted up to just past <paramref name="limit"/>; 0 when the data is not zlib (the real filter then decides).</summary>
        private static long InflatedSize(Memory<byte> input, long limit)
        {
            try
            {
                using var source = new MemoryStream(input.ToArray(), writable: false);
                using var zlib = new ZLibStream(source, CompressionMode.Decompress);
                var sink = new byte[1 << 16];
                long total = 0;
                int n;
                while ((n = zlib.Read(sink, 0, sink.Length)) > 0)
                {
                    total += n;
                    if (total > limit) break;
                }
                return total;
            }
            catch (InvalidDataException)
            {
                return 0;
            }
        }
    }
}
