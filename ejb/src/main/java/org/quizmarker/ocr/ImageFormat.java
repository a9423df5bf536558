package org.quizmarker.ocr;

import java.util.Arrays;
import java.util.Optional;

/** The image types QuizMarker accepts, recognised by content (magic bytes), never by file name. */
public enum ImageFormat {
  PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
  JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  TIFF("image/tiff", new byte[] {'I', 'I', 42, 0}, new byte[] {'M', 'M', 0, 42});

  private final String mimeType;
  private final byte[][] magics;

  ImageFormat(String mimeType, byte[]... magics) {
    this.mimeType = mimeType;
    this.magics = magics;
  }

  public String mimeType() {
    return mimeType;
  }

  /**
   * The format whose signature starts {@code head}, if any.
   *
   * @param head the first bytes of a file (the whole file will do); may be {@code null}
   */
  public static Optional<ImageFormat> sniff(byte[] head) {
    if (head == null) {
      return Optional.empty();
    }
    for (ImageFormat format : values()) {
      for (byte[] magic : format.magics) {
        if (head.length >= magic.length
            && Arrays.equals(head, 0, magic.length, magic, 0, magic.length)) {
          return Optional.of(format);
        }
      }
    }
    return Optional.empty();
  }
}
