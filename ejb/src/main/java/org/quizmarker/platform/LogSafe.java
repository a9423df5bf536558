package org.quizmarker.platform;

/**
 * Text from a request as it may appear in a log line: control characters (line breaks, NUL, escape
 * sequences, Unicode line separators) escaped, so a client cannot forge or split log lines, and at
 * most {@value #MAX_LENGTH} characters, so a huge value cannot fill the log.
 */
public final class LogSafe {
  public static final int MAX_LENGTH = 200;

  private LogSafe() {}

  public static String of(String text) {
    if (text == null) {
      return "null";
    }
    int shown = Math.min(text.length(), MAX_LENGTH);
    StringBuilder b = new StringBuilder(shown + 16);
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    if (text.length() > MAX_LENGTH) {
      b.append("...(").append(text.length()).append(" chars)");
    }
    return b.toString();
  }
}
