package org.quizmarker.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * Conversion to 8-bit grey the way Tesseract's own image loading does it (Leptonica luminance 0.3 R
 * + 0.5 G + 0.2 B, transparency flattened onto white), so OCR of a decoded image matches the {@code
 * tesseract} command line on the same file.
 *
 * <p>Java2D's own conversions (drawImage, ColorConvertOp) are avoided: they treat grey as linear
 * light and shift the values.
 */
public final class Greyscale {

  private Greyscale() {}

  public static BufferedImage toGrey(BufferedImage src) {
    if (src.getType() == BufferedImage.TYPE_BYTE_GRAY) {
      return src;
    }
    int width = src.getWidth();
    int height = src.getHeight();
    BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
    WritableRaster out = grey.getRaster();
    ColorModel cm = src.getColorModel();
    int[] row = new int[width];
    if (isPlainBgr(src)) {
      // what the JPEG decoder gives: read the bytes, not pixel by pixel through the colour model
      // (opaque, so overWhite changes nothing; the same weights as below)
      byte[] bgr = ((DataBufferByte) src.getRaster().getDataBuffer()).getData();
      byte[] target = ((DataBufferByte) out.getDataBuffer()).getData();
      for (int i = 0, p = 0; i < width * height; i++, p += 3) {
        int b = bgr[p] & 0xFF;
        int g = bgr[p + 1] & 0xFF;
        int r = bgr[p + 2] & 0xFF;
        target[i] = (byte) ((3 * r + 5 * g + 2 * b + 5) / 10);
      }
    } else if (cm.getNumColorComponents() == 1 && !(cm instanceof IndexColorModel)) {
      // grey samples of any depth, optionally with alpha: scale the stored values, no colour maths
      Raster in = src.getRaster();
      int greyMax = (1 << cm.getComponentSize(0)) - 1;
      int alphaBand = cm.hasAlpha() ? cm.getNumComponents() - 1 : -1;
      int alphaMax = cm.hasAlpha() ? (1 << cm.getComponentSize(alphaBand)) - 1 : 1;
      int[] alpha = new int[width];
      for (int y = 0; y < height; y++) {
        in.getSamples(0, y, width, 1, 0, row);
        if (alphaBand >= 0) {
          in.getSamples(0, y, width, 1, alphaBand, alpha);
        }
        for (int x = 0; x < width; x++) {
          int value = (int) ((row[x] * 255L + greyMax / 2) / greyMax);
          row[x] = alphaBand < 0 ? value : overWhite(value, (int) (alpha[x] * 255L / alphaMax));
        }
        out.setSamples(0, y, width, 1, 0, row);
      }
    } else {
      for (int y = 0; y < height; y++) {
        src.getRGB(0, y, width, 1, row, 0, width);
        for (int x = 0; x < width; x++) {
          int argb = row[x];
          int a = argb >>> 24;
          int r = overWhite(argb >> 16 & 0xFF, a);
          int g = overWhite(argb >> 8 & 0xFF, a);
          int b = overWhite(argb & 0xFF, a);
          row[x] = (3 * r + 5 * g + 2 * b + 5) / 10;
        }
        out.setSamples(0, y, width, 1, 0, row);
      }
    }
    return grey;
  }

  /** TYPE_3BYTE_BGR with its own whole buffer: B, G, R bytes per pixel, row after row. */
  private static boolean isPlainBgr(BufferedImage src) {
    if (src.getType() != BufferedImage.TYPE_3BYTE_BGR || src.getRaster().getParent() != null) {
      return false;
    }
    DataBufferByte buffer = (DataBufferByte) src.getRaster().getDataBuffer();
    return buffer.getNumBanks() == 1
        && buffer.getOffset() == 0
        && buffer.getData().length == src.getWidth() * src.getHeight() * 3;
  }

  private static int overWhite(int value, int alpha) {
    return (value * alpha + 255 * (255 - alpha) + 127) / 255;
  }
}
