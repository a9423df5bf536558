package org.quizmarker.platform;

/** Page-number paging, shared by the lists that page (a user's jobs, all jobs, a quiz's sheets). */
public final class Paging {

  /** Highest page number: keeps the row offset (page - 1) x per_page well inside an int. */
  public static final int MAX_PAGE = 1_000_000;

  private Paging() {}

  /**
   * A 400 unless {@code page} (1 to {@value #MAX_PAGE}) and {@code perPage} (1 to {@code
   * maxPerPage}) fit.
   */
  public static void requireValid(int page, int perPage, int maxPerPage) {
    if (page < 1 || page > MAX_PAGE) {
      throw ServiceException.invalid("INVALID_PAGE", "page must be between 1 and " + MAX_PAGE);
    }
    if (perPage < 1 || perPage > maxPerPage) {
      throw ServiceException.invalid(
          "INVALID_PER_PAGE", "per_page must be between 1 and " + maxPerPage);
    }
  }

  /** The row offset of a page's first row. */
  public static int offset(int page, int perPage) {
    return (page - 1) * perPage;
  }

  /** How many pages of this size {@code total} rows fill (0 without any). */
  public static int pages(long total, int perPage) {
    return (int) ((total + perPage - 1) / perPage);
  }
}
