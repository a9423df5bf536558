package org.quizmarker.ocr;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Finding the ImageIO reader for bytes whose type is already known from their magic bytes. */
final class ImageReaders {

  private ImageReaders() {}

  /**
   * A stream over the bytes kept in memory. ImageIO.createImageInputStream would, with the default
   * {@code ImageIO.getUseCache()}, copy every upload to a temporary file.
   */
  static ImageInputStream stream(byte[] bytes) {
    return new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes));
  }

  /**
   * A reader for {@code format} that accepts the stream, with the input set and metadata ignored.
   * The JDK's own readers are preferred: an image plug-in on the class path (jai-imageio, for one)
   * may register a second TIFF reader, and which one comes first would depend on it.
   */
  static ImageReader open(ImageFormat format, ImageInputStream iis, boolean seekForwardOnly)
      throws IIOException {
    ImageReader chosen = null;
    for (Iterator<ImageReader> it = ImageIO.getImageReaders(iis); it.hasNext(); ) {
      ImageReader candidate = it.next();
      if (!reads(candidate, format) || (chosen != null && !isJdk(candidate))) {
        candidate.dispose();
        continue;
      }
      if (chosen != null) {
        chosen.dispose();
      }
      chosen = candidate;
      if (isJdk(chosen)) {
        break;
      }
    }
    if (chosen == null) {
      throw new IIOException("no ImageIO reader for " + format);
    }
    chosen.setInput(iis, seekForwardOnly, true);
    return chosen;
  }

  private static boolean reads(ImageReader reader, ImageFormat format) {
    ImageReaderSpi spi = reader.getOriginatingProvider();
    return spi != null
        && spi.getMIMETypes() != null
        && Arrays.asList(spi.getMIMETypes()).contains(format.mimeType());
  }

  private static boolean isJdk(ImageReader reader) {
    return reader.getOriginatingProvider().getClass().getModule() == ImageIO.class.getModule();
  }
}
