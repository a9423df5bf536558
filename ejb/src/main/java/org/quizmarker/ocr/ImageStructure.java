package org.quizmarker.ocr;

/**
 * A cheap walk over the raw bytes of an image file, without decoding: is the file complete, and
 * which resolution does it record?
 *
 * <p>Needed because ImageIO decodes a cut-off JPEG or TIFF without complaint (missing pixels come
 * out black or grey), so a truncated upload would otherwise reach OCR as a half-blank page.
 */
final class ImageStructure {

  /**
   * @param complete false when the file ends before its own structure says it should
   * @param dpi the recorded resolution in dots per inch, or {@code null}
   */
  record Result(boolean complete, Integer dpi) {}

  private static final Result TRUNCATED = new Result(false, null);

  private ImageStructure() {}

  static Result scan(ImageFormat format, byte[] bytes) {
    return switch (format) {
      case PNG -> scanPng(bytes);
      case JPEG -> scanJpeg(bytes);
      case TIFF -> scanTiff(bytes);
    };
  }

  // PNG: chunks of (length, type, data, crc) after the 8-byte signature, ending with IEND.
  private static Result scanPng(byte[] b) {
    Integer dpi = null;
    long pos = 8;
    while (pos + 8 <= b.length) {
      long length = u32be(b, (int) pos);
      int type = (int) u32be(b, (int) pos + 4);
      long end = pos + 12 + length;
      if (end > b.length) {
        return TRUNCATED;
      }
      if (type == 0x70485973 && length == 9) { // pHYs
        long pixelsPerUnitY = u32be(b, (int) pos + 12);
        if (b[(int) pos + 16] == 1 && pixelsPerUnitY > 0) { // unit 1 = metre
          dpi = positiveDpi(pixelsPerUnitY * 0.0254);
        }
      } else if (type == 0x49454E44) { // IEND
        return new Result(true, dpi);
      }
      pos = end;
    }
    return TRUNCATED;
  }

  // JPEG: marker segments up to each SOS, then entropy-coded data in which 0xFF is always
  // followed by 0x00 or a restart marker; the image is complete once EOI (FF D9) is reached.
  // Bytes after EOI (camera trailers, padding) are allowed.
  private static Result scanJpeg(byte[] b) {
    Integer dpi = null;
    int pos = 2; // after SOI
    while (true) {
      // next marker: like libjpeg, skip stray bytes, then 0xFF fill bytes, then the marker code
      while (pos < b.length && (b[pos] & 0xFF) != 0xFF) {
        pos++;
      }
      while (pos < b.length && (b[pos] & 0xFF) == 0xFF) {
        pos++;
      }
      if (pos >= b.length) {
        return TRUNCATED;
      }
      int marker = b[pos++] & 0xFF;
      if (marker == 0xD9) { // EOI
        return new Result(true, dpi);
      }
      if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD8)) {
        continue; // markers without a length field
      }
      if (pos + 2 > b.length) {
        return TRUNCATED;
      }
      int segmentLength = u16be(b, pos); // includes the two length bytes
      int segmentEnd = pos + segmentLength;
      if (segmentLength < 2 || segmentEnd > b.length) {
        return TRUNCATED;
      }
      if (marker == 0xE0 && dpi == null) {
        dpi = jfifDpi(b, pos + 2, segmentEnd);
      }
      pos = segmentEnd;
      if (marker == 0xDA) { // SOS: skip the entropy-coded data up to the next real marker
        pos = skipEntropyCodedData(b, pos);
        if (pos < 0) {
          return TRUNCATED;
        }
      }
    }
  }

  /**
   * Position of the 0xFF that starts the next marker after a scan, or -1 if the data ends first.
   */
  private static int skipEntropyCodedData(byte[] b, int pos) {
    for (int i = pos; i + 1 < b.length; i++) {
      if ((b[i] & 0xFF) == 0xFF) {
        int next = b[i + 1] & 0xFF;
        if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Integer jfifDpi(byte[] b, int start, int end) {
    // "JFIF\0", version (2 bytes), units, Xdensity, Ydensity
    if (end - start < 12
        || b[start] != 'J'
        || b[start + 1] != 'F'
        || b[start + 2] != 'I'
        || b[start + 3] != 'F'
        || b[start + 4] != 0) {
      return null;
    }
    int units = b[start + 7] & 0xFF;
    int yDensity = u16be(b, start + 10);
    return switch (units) {
      case 1 -> positiveDpi(yDensity); // dots per inch
      case 2 -> positiveDpi(yDensity * 2.54); // dots per cm
      default -> null; // 0: only an aspect ratio
    };
  }

  // TIFF: check that the first image's strips or tiles lie inside the file, and read its
  // resolution. Offsets that point outside the file mean it was cut short.
  private static Result scanTiff(byte[] b) {
    Tiff tiff = new Tiff(b);
    long ifd = tiff.u32(4);
    int entries = tiff.u16(ifd);
    if (entries < 0 || ifd + 2 + 12L * entries > b.length) {
      return TRUNCATED;
    }
    long[] offsets = null;
    long[] byteCounts = null;
    double xRes = 0;
    double yRes = 0;
    int unit = 2; // inch, the TIFF default
    for (int i = 0; i < entries; i++) {
      long entry = ifd + 2 + 12L * i;
      int tag = tiff.u16(entry);
      switch (tag) {
        case 273, 324 -> offsets = tiff.values(entry); // StripOffsets, TileOffsets
        case 279, 325 -> byteCounts = tiff.values(entry); // StripByteCounts, TileByteCounts
        case 282 -> xRes = tiff.rational(entry);
        case 283 -> yRes = tiff.rational(entry);
        case 296 -> unit = tiff.u16(entry + 8);
        default -> {}
      }
      if (tiff.outOfBounds) {
        return TRUNCATED;
      }
    }
    if (offsets != null && byteCounts != null) {
      for (int i = 0; i < Math.min(offsets.length, byteCounts.length); i++) {
        if (offsets[i] + byteCounts[i] > b.length) {
          return TRUNCATED;
        }
      }
    }
    double res = yRes > 0 ? yRes : xRes;
    Integer dpi =
        switch (unit) {
          case 2 -> positiveDpi(res);
          case 3 -> positiveDpi(res * 2.54);
          default -> null; // 1: no absolute unit
        };
    return new Result(true, dpi);
  }

  /** Bounds-checked reads from a TIFF; a read outside the file sets {@link #outOfBounds}. */
  private static final class Tiff {
    private final byte[] b;
    private final boolean littleEndian;
    boolean outOfBounds;

    Tiff(byte[] b) {
      this.b = b;
      this.littleEndian = b[0] == 'I';
    }

    int u16(long pos) {
      if (pos < 0 || pos + 2 > b.length) {
        outOfBounds = true;
        return -1;
      }
      int p = (int) pos;
      return littleEndian
          ? (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8
          : (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
    }

    long u32(long pos) {
      if (pos < 0 || pos + 4 > b.length) {
        outOfBounds = true;
        return -1;
      }
      int p = (int) pos;
      return littleEndian
          ? (b[p] & 0xFFL)
              | (b[p + 1] & 0xFFL) << 8
              | (b[p + 2] & 0xFFL) << 16
              | (b[p + 3] & 0xFFL) << 24
          : u32be(b, p);
    }

    /** SHORT or LONG values of an IFD entry, stored inline when they fit in 4 bytes. */
    long[] values(long entry) {
      int type = u16(entry + 2);
      long count = u32(entry + 4);
      int size = type == 3 ? 2 : type == 4 ? 4 : 0;
      if (size == 0) {
        return null; // not a type these tags may have; leave it to the decoder
      }
      if (count < 0 || count * size > b.length) {
        outOfBounds = true;
        return null;
      }
      long pos = count * size <= 4 ? entry + 8 : u32(entry + 8);
      long[] values = new long[(int) count];
      for (int i = 0; i < count && !outOfBounds; i++) {
        values[i] = size == 2 ? u16(pos + 2L * i) : u32(pos + 4L * i);
      }
      return values;
    }

    double rational(long entry) {
      if (u16(entry + 2) != 5) {
        return 0;
      }
      long pos = u32(entry + 8);
      long numerator = u32(pos);
      long denominator = u32(pos + 4);
      return denominator > 0 && numerator > 0 ? (double) numerator / denominator : 0;
    }
  }

  private static Integer positiveDpi(double dpi) {
    long rounded = Math.round(dpi);
    return rounded > 0 && rounded <= 100_000 ? (int) rounded : null;
  }

  private static int u16be(byte[] b, int p) {
    return (b[p] & 0xFF) << 8 | (b[p + 1] & 0xFF);
  }

  private static long u32be(byte[] b, int p) {
    return (b[p] & 0xFFL) << 24
        | (b[p + 1] & 0xFFL) << 16
        | (b[p + 2] & 0xFFL) << 8
        | (b[p + 3] & 0xFFL);
  }
}
