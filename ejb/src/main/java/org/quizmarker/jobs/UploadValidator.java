package org.quizmarker.jobs;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.quizmarker.ocr.FilenameSanitizer;
import org.quizmarker.ocr.ImageInspector;
import org.quizmarker.ocr.ImageRejectedException;
import org.quizmarker.ocr.InspectedImage;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;

/**
 * Checks a whole upload before anything is stored: one bad file refuses the upload. Images are
 * checked by content and header only (never decoded here), so a decompression bomb costs nothing.
 */
public final class UploadValidator {

  /**
   * A file that passed every check, with what the job item needs to know of it; its bytes are read
   * again from {@code file} when stored.
   */
  public record AcceptedImage(
      String filename,
      String contentType,
      UploadedFile file,
      long size,
      String sha256,
      int width,
      int height) {}

  private final int maxFiles;
  private final long maxFileBytes;
  private final ImageInspector inspector;

  public UploadValidator(int maxFiles, long maxFileBytes, long maxPixels) {
    this.maxFiles = maxFiles;
    this.maxFileBytes = maxFileBytes;
    this.inspector = new ImageInspector(maxPixels);
  }

  public List<AcceptedImage> validate(List<UploadedFile> files) {
    if (files == null || files.isEmpty()) {
      throw ServiceException.invalid(
          "NO_FILES", "No file uploaded: send one or more images as multipart parts 'files[]'");
    }
    if (files.size() > maxFiles) {
      throw ServiceException.invalid(
          "TOO_MANY_FILES",
          "Too many files: " + files.size() + " uploaded, at most " + maxFiles + " per upload");
    }
    List<AcceptedImage> accepted = new ArrayList<>(files.size());
    for (UploadedFile file : files) {
      accepted.add(check(file));
    }
    return accepted;
  }

  private AcceptedImage check(UploadedFile file) {
    String name = FilenameSanitizer.sanitize(file.submittedName());
    if (file.size() > maxFileBytes) {
      throw new ServiceException(
          Kind.TOO_LARGE,
          "FILE_TOO_LARGE",
          "File '" + name + "' is " + file.size() + " bytes; the limit is " + maxFileBytes);
    }
    // One file's bytes at a time: they are garbage once checked.
    byte[] bytes = file.bytes();
    try {
      InspectedImage image = inspector.inspect(bytes);
      return new AcceptedImage(
          name,
          image.format().mimeType(),
          file,
          bytes.length,
          sha256(bytes),
          image.width(),
          image.height());
    } catch (ImageRejectedException e) {
      throw new ServiceException(
          kindOf(e.code()), e.code(), "File '" + name + "': " + e.getMessage());
    }
  }

  static Kind kindOf(String rejectionCode) {
    return switch (rejectionCode) {
      case "UNSUPPORTED_MEDIA_TYPE" -> Kind.UNSUPPORTED_TYPE;
      case "IMAGE_TOO_LARGE" -> Kind.TOO_LARGE;
      default -> Kind.INVALID;
    };
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
