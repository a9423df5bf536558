package org.quizmarker.users;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords attackers try first: the 10,000 most common entries of zxcvbn's password list (see
 * the resource's header and the EAR's NOTICE). A password counts as common when it is one of them
 * ignoring case, or is one with only digits and punctuation added before or after it ({@code
 * password1234}, {@code !monkey2024}), the usual way people stretch a short password to a length
 * rule.
 */
public final class CommonPasswords {
  private static final String RESOURCE = "common-passwords.txt";
  private static final Set<String> LIST = load();

  private CommonPasswords() {}

  public static boolean contains(String password) {
    String lower = password.toLowerCase(Locale.ROOT);
    return LIST.contains(lower) || LIST.contains(core(lower));
  }

  /** Entries loaded (for the test that the resource is there and read whole). */
  static int size() {
    return LIST.size();
  }

  /** The password without leading and trailing digits, punctuation and spaces. */
  static String core(String lower) {
    int start = 0;
    int end = lower.length();
    while (start < end && !Character.isLetter(lower.charAt(start))) {
      start++;
    }
    while (end > start && !Character.isLetter(lower.charAt(end - 1))) {
      end--;
    }
    return lower.substring(start, end);
  }

  private static Set<String> load() {
    try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the ejb jar");
      }
      Set<String> entries = new HashSet<>(16_384);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          entries.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
