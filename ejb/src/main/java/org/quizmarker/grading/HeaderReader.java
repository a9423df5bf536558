package org.quizmarker.grading;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the header lines of a sheet ({@code Quiz: <title>}, {@code Name: <name>}, {@code
 * Student ID: <digits>}) despite OCR noise in the keyword: any case, a missing colon, {@code
 * Narne}, {@code Student 1D}, a bare {@code ID:}.
 */
final class HeaderReader {

  enum Field {
    QUIZ,
    NAME,
    STUDENT_ID
  }

  record Header(Field field, String value) {}

  /** A colon this far into a line can still end a header keyword ("Student Number:"). */
  private static final int MAX_KEYWORD_LENGTH = 24;

  private HeaderReader() {}

  /**
   * The header on {@code line}, if it is one. With {@code strict} (once answers have started, since
   * headers come first) only an exact keyword followed by a colon counts, so that a misread answer
   * line such as {@code Qiz: Irue} ({@code Q12: True}) or "same as above" is not taken for a
   * header.
   */
  static Optional<Header> read(String line, boolean strict) {
    String text = line.strip();
    int colon = firstSeparator(text);
    if (colon > 0 && colon <= MAX_KEYWORD_LENGTH) {
      String keyword = text.substring(0, colon);
      Field field = strict ? exactFieldFor(keyword) : fieldFor(keyword);
      if (field != null) {
        return Optional.of(new Header(field, value(field, text.substring(colon + 1))));
      }
    }
    if (strict) {
      return Optional.empty();
    }
    String[] words = text.split("\\s+", 3);
    if (!hasLetter(words[0])) {
      return Optional.empty();
    }
    Field field = fieldFor(words[0]);
    if (field != null) {
      return Optional.of(new Header(field, value(field, text.substring(words[0].length()))));
    }
    if (words.length >= 2) {
      field = fieldFor(words[0] + words[1]);
      if (field != null) {
        int valueStart = text.indexOf(words[1], words[0].length()) + words[1].length();
        return Optional.of(new Header(field, value(field, text.substring(valueStart))));
      }
    }
    return Optional.empty();
  }

  private static int firstSeparator(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':' || c == ';') {
        return i;
      }
    }
    return -1;
  }

  /** The header field a keyword stands for, or {@code null}. */
  static Field fieldFor(String keyword) {
    String k = keywordForm(keyword);
    if (k == null || k.isEmpty()) {
      return null;
    }
    if (k.equals("id")
        || within(k, "studentid", 1)
        || within(k, "studentno", 1)
        || within(k, "studentnumber", 2)) {
      return Field.STUDENT_ID;
    }
    if ((k.length() >= 3 && within(k, "name", 1)) || within(k, "studentname", 2)) {
      return Field.NAME;
    }
    if (k.length() >= 3 && within(k, "quiz", 1)) {
      return Field.QUIZ;
    }
    return null;
  }

  private static Field exactFieldFor(String keyword) {
    String k = keywordForm(keyword);
    if (k == null) {
      return null;
    }
    return switch (k) {
      case "id", "studentid" -> Field.STUDENT_ID;
      case "name", "studentname" -> Field.NAME;
      case "quiz" -> Field.QUIZ;
      default -> null;
    };
  }

  /**
   * Lower-cased letters of a keyword with OCR look-alikes mapped back ({@code 1D} to {@code id},
   * {@code rn} to {@code m}); {@code null} when it has no letter, so that a question number such as
   * {@code 10} never reads as {@code io}/{@code id}.
   */
  private static String keywordForm(String keyword) {
    if (!hasLetter(keyword)) {
      return null;
    }
    String s = keyword.toLowerCase(Locale.ROOT).replace("rn", "m").replace("vv", "w");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '1', 'l', '|', '!' -> out.append('i');
        case '0' -> out.append('o');
        case '5' -> out.append('s');
        default -> {
          if (c >= 'a' && c <= 'z') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean within(String a, String b, int maxDistance) {
    return Math.abs(a.length() - b.length()) <= maxDistance
        && EditDistance.damerauLevenshtein(a, b) <= maxDistance;
  }

  private static String value(Field field, String raw) {
    String value =
        Normalizer.collapseWhitespace(raw.replaceFirst("^[\\s:;.,=\\-\u2013\u2014]+", ""));
    if (field == Field.STUDENT_ID) {
      return digits(value);
    }
    return value;
  }

  /** An ID with OCR look-alikes of digits mapped back ({@code O27lll5}), when all are digits. */
  private static String digits(String value) {
    String compact = value.replace(" ", "");
    StringBuilder out = new StringBuilder(compact.length());
    for (int i = 0; i < compact.length(); i++) {
      int digit = OcrConfusions.digitFor(compact.charAt(i));
      if (digit < 0) {
        return value;
      }
      out.append((char) ('0' + digit));
    }
    return out.toString();
  }

  private static boolean hasLetter(String s) {
    return s.chars().anyMatch(Character::isLetter);
  }
}
