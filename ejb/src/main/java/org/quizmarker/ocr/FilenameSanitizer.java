package org.quizmarker.ocr;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Makes a client-supplied file name safe to store, log and show: no directories, no control
 * characters, no hidden-file dots, a bounded length.
 */
public final class FilenameSanitizer {

  /** Returned when nothing usable is left of the submitted name. */
  public static final String FALLBACK = "image";

  /** 255 bytes is the file-name limit of common file systems, so the name fits one in UTF-8. */
  static final int MAX_UTF8_BYTES = 255;

  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
  private static final int MAX_EXTENSION_CHARS = 16;

  private FilenameSanitizer() {}

  /**
   * The last path part of {@code submitted} (after any {@code /} or {@code \}, without a drive
   * letter), NFC-normalised, with control characters removed, whitespace runs collapsed to one
   * space, leading dots removed, and anything but letters (with their combining marks), digits and
   * {@code . _ - ( )} and space replaced by {@code _}; at most 255 bytes in UTF-8, keeping the
   * extension; {@value #FALLBACK} if nothing is left.
   */
  public static String sanitize(String submitted) {
    if (submitted == null) {
      return FALLBACK;
    }
    String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = DRIVE.matcher(name).replaceFirst("");

    StringBuilder out = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (Character.isISOControl(cp)) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(allowed(cp) ? cp : '_');
    }
    int start = 0;
    while (start < out.length() && (out.charAt(start) == '.' || out.charAt(start) == ' ')) {
      start++;
    }
    String result = limitLength(out.substring(start));
    return result.isEmpty() ? FALLBACK : result;
  }

  /** Whether {@code submitted} contained directories or a drive letter (worth logging). */
  public static boolean hadPathParts(String submitted) {
    return submitted != null
        && (submitted.indexOf('/') >= 0
            || submitted.indexOf('\\') >= 0
            || DRIVE.matcher(submitted).find());
  }

  private static boolean allowed(int cp) {
    if (Character.isLetterOrDigit(cp) || "._-()".indexOf(cp) >= 0) {
      return true;
    }
    int type = Character.getType(cp);
    // combining marks belong to the letters before them (many scripts need them)
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  private static String limitLength(String name) {
    if (utf8Length(name) <= MAX_UTF8_BYTES) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension =
        dot > 0 && name.length() - dot <= MAX_EXTENSION_CHARS ? name.substring(dot) : "";
    String base = name.substring(0, name.length() - extension.length());
    int budget = MAX_UTF8_BYTES - utf8Length(extension);
    int end = 0;
    int used = 0;
    while (end < base.length()) {
      int cp = base.codePointAt(end);
      int bytes = utf8Length(new String(Character.toChars(cp)));
      if (used + bytes > budget) {
        break;
      }
      used += bytes;
      end += Character.charCount(cp);
    }
    return base.substring(0, end).stripTrailing() + extension;
  }

  private static int utf8Length(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
