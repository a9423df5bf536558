package org.quizmarker.jobs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * One file part of an upload, as the client sent it (name not yet sanitised). Its bytes are read
 * when needed, one file at a time, from where the request spooled them, so an upload of many large
 * files is never whole in the heap.
 */
public record UploadedFile(String submittedName, long size, Content content) {

  /** Where the file's bytes are; each call opens them again from the start. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }

  /** A file held in memory (small parts, tests). */
  public UploadedFile(String submittedName, byte[] bytes) {
    this(
        submittedName,
        bytes == null ? 0 : bytes.length,
        () -> new ByteArrayInputStream(bytes == null ? new byte[0] : bytes));
  }

  /** The whole file in the heap, for checks that need all of it at once. */
  public byte[] bytes() {
    try (InputStream in = open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("The spooled upload file could not be read", e);
    }
  }

  /** The file as a stream, to be closed by the caller. */
  public InputStream open() throws IOException {
    return content.open();
  }
}
