package org.quizmarker.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Requests written byte by byte on a socket, for what an HTTP client library would not send (no
 * Host, control characters, huge headers). Every read is bounded: 5 s per socket.
 */
final class RawHttp {
  static final int PORT = URI.create(Api.BASE).getPort();

  private RawHttp() {}

  /** The answer as text: its status line, head and (start of) body. */
  record Answer(String text) {
    int status() {
      String[] first = text.split("\r\n", 2)[0].split(" ");
      return first.length > 1 && first[1].matches("\\d{3}") ? Integer.parseInt(first[1]) : -1;
    }

    String head() {
      int end = text.indexOf("\r\n\r\n");
      return end < 0 ? text : text.substring(0, end);
    }

    String body() {
      int end = text.indexOf("\r\n\r\n");
      return end < 0 ? "" : text.substring(end + 4);
    }

    String header(String name) {
      return head()
          .lines()
          .filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
          .map(l -> l.substring(name.length() + 1).trim())
          .findFirst()
          .orElse(null);
    }
  }

  /** Sends a request (ISO-8859-1 bytes) and reads until the server closes or 5 s have passed. */
  static Answer send(String request) throws IOException {
    try (Socket s = new Socket("127.0.0.1", PORT)) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      try {
        out.write(request.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      } catch (SocketException e) {
        // the server may answer and close before the whole request is written
      }
      InputStream in = s.getInputStream();
      byte[] buf = new byte[65536];
      StringBuilder answer = new StringBuilder();
      long deadline = System.currentTimeMillis() + 5000;
      try {
        int n;
        while (System.currentTimeMillis() < deadline && (n = in.read(buf)) > 0) {
          answer.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
          if (complete(answer)) {
            break;
          }
        }
      } catch (SocketTimeoutException | SocketException e) {
        // what arrived so far is the answer
      }
      return new Answer(answer.toString());
    }
  }

  private static boolean complete(StringBuilder answer) {
    int end = answer.indexOf("\r\n\r\n");
    if (end < 0) {
      return false;
    }
    Answer a = new Answer(answer.toString());
    String length = a.header("Content-Length");
    return length != null && a.body().length() >= Integer.parseInt(length);
  }
}
