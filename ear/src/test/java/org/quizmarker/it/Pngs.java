package org.quizmarker.it;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Hand-made PNG files for refusal and failure tests: sound structure, chosen content. */
public final class Pngs {
  private Pngs() {}

  /** A valid greyscale PNG whose header claims any size; its data covers at most 64×64 pixels. */
  public static byte[] claiming(int width, int height) {
    byte[] raw = new byte[Math.min(height, 64) * (Math.min(width, 64) + 1)];
    Deflater deflater = new Deflater();
    deflater.setInput(raw);
    deflater.finish();
    byte[] buf = new byte[raw.length + 64];
    int n = deflater.deflate(buf);
    return png(width, height, Arrays.copyOf(buf, n));
  }

  /** A PNG whose header and chunks are sound but whose image data is not deflate data. */
  public static byte[] withGarbageData() {
    byte[] garbage = new byte[200];
    new Random(7).nextBytes(garbage);
    return png(64, 64, garbage);
  }

  static byte[] png(int width, int height, byte[] idat) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
    byte[] ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).array();
    chunk(out, "IHDR", ihdr); // 8-bit greyscale, deflate, no filter, no interlace
    chunk(out, "IDAT", idat);
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] t = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(t);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(t);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
