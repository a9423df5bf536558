package org.quizmarker.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One file part of an upload, as the client sent it (name not yet sanitised). Its bytes are read
 * when needed, one file at a time, from where the request spooled them, so an upload of many large
 * files is never whole in the heap.
 */
public record UploadedFile(String submittedName, long size, Content content) {

  /** Where the file's bytes are; each call reads them again. */
  @FunctionalInterface
  public interface Content {
    byte[] read() throws IOException;
  }

  /** A file held in memory (small parts, tests). */
  public UploadedFile(String submittedName, byte[] bytes) {
    this(
        submittedName, bytes == null ? 0 : bytes.length, () -> bytes == null ? new byte[0] : bytes);
  }

  public byte[] bytes() {
    try {
      return content.read();
    } catch (IOException e) {
      throw new UncheckedIOException("The spooled upload file could not be read", e);
    }
  }
}
