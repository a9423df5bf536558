package org.quizmarker.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small images made in the test, and byte surgery on image files. */
final class TestImages {

  private TestImages() {}

  /** A grey image with a gradient, so it is not trivially compressible. */
  static BufferedImage gradient(int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.getRaster().setSample(x, y, 0, (x * 7 + y * 13) % 256);
      }
    }
    return image;
  }

  /** Black text on white, big enough for Tesseract. */
  static BufferedImage text(String text, int width, int height) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, height / 3));
    g.drawString(text, height / 4, height * 2 / 3);
    g.dispose();
    return image;
  }

  /** {@code image} encoded by ImageIO as "png", "jpeg" or "tiff". */
  static byte[] encode(BufferedImage image, String formatName) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, formatName, out)) {
        throw new IllegalStateException("no ImageIO writer for " + formatName);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] cut(byte[] bytes, double fraction) {
    return Arrays.copyOf(bytes, (int) (bytes.length * fraction));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] joined = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, joined, a.length, b.length);
    return joined;
  }

  /**
   * A copy of a PNG whose IHDR claims another size, with a valid CRC, so readers believe it. The
   * pixel data stays that of the small image.
   */
  static byte[] pngClaimingSize(byte[] png, int width, int height) {
    byte[] patched = png.clone();
    ByteBuffer buffer = ByteBuffer.wrap(patched); // big-endian, like PNG
    // signature (8) | length (4) | "IHDR" at 12 | width at 16 | height at 20 | ... | CRC at 29
    if (buffer.getInt(12) != 0x49484452) {
      throw new IllegalArgumentException("IHDR is not the first chunk");
    }
    buffer.putInt(16, width);
    buffer.putInt(20, height);
    CRC32 crc = new CRC32();
    crc.update(patched, 12, 4 + 13); // chunk type and data
    buffer.putInt(29, (int) crc.getValue());
    return patched;
  }

  /** A copy of a JPEG whose JFIF APP0 segment records the given density (units 1 dpi, 2 dpcm). */
  static byte[] jpegWithDensity(byte[] jpeg, int units, int density) {
    byte[] patched = jpeg.clone();
    // SOI | FF E0 | length | "JFIF\0" at 6 | version at 11 | units at 13 | Xdensity | Ydensity
    if (patched[3] != (byte) 0xE0 || patched[6] != 'J') {
      throw new IllegalArgumentException("no JFIF APP0 segment first");
    }
    ByteBuffer buffer = ByteBuffer.wrap(patched);
    buffer.put(13, (byte) units);
    buffer.putShort(14, (short) density);
    buffer.putShort(16, (short) density);
    return patched;
  }

  /**
   * A copy of a TIFF whose first IFD records the resolution {@code perUnit} pixels per unit (1
   * none, 2 inch, 3 cm). ImageIO writes X/YResolution 1/1 with unit 1: an aspect ratio only.
   */
  static byte[] tiffWithResolution(byte[] tiff, int unit, int perUnit) {
    byte[] patched = tiff.clone();
    ByteBuffer buffer =
        ByteBuffer.wrap(patched)
            .order(patched[0] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int ifd = buffer.getInt(4);
    int entries = buffer.getShort(ifd) & 0xFFFF;
    int found = 0;
    for (int i = 0; i < entries; i++) {
      int entry = ifd + 2 + 12 * i;
      int tag = buffer.getShort(entry) & 0xFFFF;
      if (tag == 282 || tag == 283) { // X/YResolution: RATIONAL at an offset
        int at = buffer.getInt(entry + 8);
        buffer.putInt(at, perUnit).putInt(at + 4, 1);
        found++;
      } else if (tag == 296) { // ResolutionUnit: SHORT inline
        buffer.putShort(entry + 8, (short) unit);
        found++;
      }
    }
    if (found != 3) {
      throw new IllegalArgumentException("resolution tags missing");
    }
    return patched;
  }
}
