package org.quizmarker.ocr;

import java.util.Locale;

/**
 * An uploaded file that QuizMarker will not accept, with a machine-readable {@link #code()} and a
 * message that can be shown to the teacher as is.
 *
 * <p>These are expected outcomes of checking untrusted input, so no stack trace is recorded.
 */
public final class ImageRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The file has no bytes. */
  public static final String EMPTY_FILE = "EMPTY_FILE";

  /** The content is not PNG, JPEG or TIFF, whatever the file is called. */
  public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";

  /** The header claims more pixels than allowed (a decompression bomb or an absurd scan). */
  public static final String IMAGE_TOO_LARGE = "IMAGE_TOO_LARGE";

  /** The header cannot be read, or the file is cut short. */
  public static final String CORRUPT_IMAGE = "CORRUPT_IMAGE";

  private final String code;
  private final String detail;

  private ImageRejectedException(String code, String message, String detail, Throwable cause) {
    super(message, cause, false, false);
    this.code = code;
    this.detail = detail;
  }

  /**
   * One of {@link #EMPTY_FILE}, {@link #UNSUPPORTED_MEDIA_TYPE}, {@link #IMAGE_TOO_LARGE}, {@link
   * #CORRUPT_IMAGE}.
   */
  public String code() {
    return code;
  }

  public static ImageRejectedException emptyFile() {
    return new ImageRejectedException(EMPTY_FILE, "The file is empty.", null, null);
  }

  public static ImageRejectedException unsupportedMediaType() {
    return new ImageRejectedException(
        UNSUPPORTED_MEDIA_TYPE, "The file is not a PNG, JPEG or TIFF image.", null, null);
  }

  public static ImageRejectedException imageTooLarge(long width, long height, long maxPixels) {
    return new ImageRejectedException(
        IMAGE_TOO_LARGE,
        String.format(
            Locale.ROOT,
            "The image is %,d x %,d = %,d pixels, more than the limit of %,d pixels.",
            width,
            height,
            width * height,
            maxPixels),
        null,
        null);
  }

  /**
   * @param format the type the content claims to be
   * @param detail what is wrong, e.g. "the file is cut short"
   * @param cause the underlying error, if any (kept for logs)
   */
  public static ImageRejectedException corruptImage(
      ImageFormat format, String detail, Throwable cause) {
    return new ImageRejectedException(
        CORRUPT_IMAGE,
        "The " + format + " image is damaged or incomplete: " + detail + ".",
        detail,
        cause);
  }

  /** For CORRUPT_IMAGE, what is wrong without the leading sentence; otherwise null. */
  String detail() {
    return detail;
  }
}
