package org.quizmarker.grading;

/**
 * Edit distances for telling a near miss (possibly an OCR misreading of an accepted answer) from a
 * plainly different answer.
 */
public final class EditDistance {

  private EditDistance() {}

  /**
   * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
   * adjacent characters each cost one (a swap is a common slip, "Prais" for "Paris").
   */
  public static int damerauLevenshtein(CharSequence a, CharSequence b) {
    int n = a.length();
    int m = b.length();
    if (n == 0) {
      return m;
    }
    if (m == 0) {
      return n;
    }
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }

  /** {@link #damerauLevenshtein} divided by the longer length: 0 equal, 1 nothing in common. */
  public static double normalized(CharSequence a, CharSequence b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 0.0 : (double) damerauLevenshtein(a, b) / longer;
  }
}
