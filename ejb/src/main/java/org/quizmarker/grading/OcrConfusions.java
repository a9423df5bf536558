package org.quizmarker.grading;

import java.util.Set;

/**
 * Characters Tesseract commonly mistakes for one another on printed and handwritten sheets. Used
 * only to find readings that may be misreadings (near misses, question numbers), never to accept an
 * answer as correct.
 */
final class OcrConfusions {

  private static final String[][] TEXT_SEQUENCES = {
    {"rn", "m"}, {"cl", "d"}, {"vv", "w"}, {"ri", "n"},
  };
  private static final Set<String> DIGIT_PAIRS =
      Set.of("06", "08", "09", "17", "27", "35", "38", "49", "56", "58", "68", "89");
  private static final Set<String> LETTER_PAIRS = Set.of("cg", "do", "dq", "oq", "br", "il", "ij");

  private OcrConfusions() {}

  /**
   * Maps a normalised text to a form in which common confusions coincide ({@code rn}/{@code m},
   * {@code 0}/{@code o}, {@code 1}/{@code l}/{@code i}, {@code 5}/{@code s}, ...), so that their
   * edit distance is zero.
   */
  static String canonicalText(String normalized) {
    String s = normalized;
    for (String[] seq : TEXT_SEQUENCES) {
      s = s.replace(seq[0], seq[1]);
    }
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(
          switch (c) {
            case '0' -> 'o';
            case '1', 'i', '|', '!' -> 'l';
            case '5' -> 's';
            case '6', '8' -> 'b';
            case '2' -> 'z';
            case '9' -> 'g';
            default -> c;
          });
    }
    return out.toString();
  }

  /** The digit a character stands for when it is read in place of one, or -1. */
  static int digitFor(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    return switch (c) {
      case 'O', 'o', 'D' -> 0;
      case 'l', 'I', 'i', '|', '!', '\\', 'A' -> 1;
      case 'Z', 'z' -> 2;
      case 'S', 's' -> 5;
      case 'b', 'G' -> 6;
      case 'T' -> 7;
      case 'B' -> 8;
      case 'g', 'q' -> 9;
      default -> -1;
    };
  }

  /**
   * The text with letters read in place of digits turned back into digits, commas into decimal
   * points and spaces dropped ({@code "O. 7S"} gives {@code "0.75"}); {@code null} when some
   * character cannot be part of a number.
   */
  static String repairNumber(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      if (c == '.' || c == '/' || c == '-' || c == '+') {
        out.append(c);
      } else if (c == ',') {
        out.append('.');
      } else {
        int digit = digitFor(c);
        if (digit < 0) {
          return null;
        }
        out.append((char) ('0' + digit));
      }
    }
    return out.toString();
  }

  /** The letter a digit is most often read in place of, or the character itself. */
  static char letterFor(char c) {
    return switch (c) {
      case '0' -> 'o';
      case '1', '|', '!' -> 'l';
      case '2' -> 'z';
      case '4' -> 'a';
      case '5' -> 's';
      case '6', '8' -> 'b';
      case '7' -> 't';
      case '9' -> 'g';
      default -> c;
    };
  }

  static boolean confusableDigits(char a, char b) {
    return DIGIT_PAIRS.contains(pair(a, b));
  }

  static boolean confusableLetters(char a, char b) {
    return LETTER_PAIRS.contains(pair(Character.toLowerCase(a), Character.toLowerCase(b)));
  }

  private static String pair(char a, char b) {
    return a < b ? "" + a + b : "" + b + a;
  }
}
