package org.quizmarker.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test server's {@code server.log}, for checking what one request wrote to it. */
final class ServerLog {
  private ServerLog() {}

  static Path file() {
    return Path.of(System.getProperty("qm.jboss.home"), "standalone", "log", "server.log");
  }

  /** The log's length now: pass it to {@link #since} after the request. */
  static long size() throws IOException {
    return Files.size(file());
  }

  /** What was written after {@code offset}. */
  static String since(long offset) throws IOException {
    byte[] all = Files.readAllBytes(file());
    int from = (int) Math.min(offset, all.length);
    return new String(all, from, all.length - from, StandardCharsets.UTF_8);
  }
}
