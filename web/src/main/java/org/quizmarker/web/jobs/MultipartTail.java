package org.quizmarker.web.jobs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Keeps the last bytes that passed through, so that after parsing a multipart body one can check it
 * ended with its closing delimiter: the multipart parser accepts a truncated body, whose last part
 * would then be stored cut short.
 */
final class MultipartTail extends FilterInputStream {
  private static final int KEEP = 256;
  private final byte[] tail = new byte[KEEP];
  private int size;
  private boolean closed;

  MultipartTail(InputStream in) {
    super(in);
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      keep(new byte[] {(byte) b}, 0, 1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      keep(buffer, offset, n);
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    closed = true; // the parser closes the stream once it has read it to the end
    super.close();
  }

  /** Whether the body closed with {@code --boundary--} (what is left unread is read first). */
  boolean endsWithClosingDelimiter(String boundary) {
    byte[] rest = new byte[8192];
    try {
      while (!closed && read(rest, 0, rest.length) > 0) {
        // drain: the epilogue after the closing delimiter may remain unread
      }
    } catch (IOException e) {
      // nothing more to read
    }
    String end = new String(tail, 0, size, StandardCharsets.ISO_8859_1);
    return end.contains("--" + boundary + "--");
  }

  private void keep(byte[] b, int off, int n) {
    if (n >= KEEP) {
      System.arraycopy(b, off + n - KEEP, tail, 0, KEEP);
      size = KEEP;
      return;
    }
    int overflow = Math.max(0, size + n - KEEP);
    if (overflow > 0) {
      System.arraycopy(tail, overflow, tail, 0, size - overflow);
      size -= overflow;
    }
    System.arraycopy(b, off, tail, size, n);
    size += n;
  }
}
