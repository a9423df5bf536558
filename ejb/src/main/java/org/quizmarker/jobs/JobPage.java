package org.quizmarker.jobs;

import java.util.List;
import org.quizmarker.platform.ServiceException;

/** One page of jobs, newest first. */
public record JobPage(List<JobSnapshot> items, int page, int perPage, long total) {

  /** Most jobs one page may hold. */
  public static final int MAX_PER_PAGE = 100;

  /** Highest page number: keeps the row offset (page - 1) x per_page well inside an int. */
  public static final int MAX_PAGE = 1_000_000;

  /**
   * A 400 unless {@code page} (1 to {@value #MAX_PAGE}) and {@code perPage} (1 to {@value
   * #MAX_PER_PAGE}) fit.
   */
  public static void requireValid(int page, int perPage) {
    if (page < 1 || page > MAX_PAGE) {
      throw ServiceException.invalid("INVALID_PAGE", "page must be between 1 and " + MAX_PAGE);
    }
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw ServiceException.invalid(
          "INVALID_PER_PAGE", "per_page must be between 1 and " + MAX_PER_PAGE);
    }
  }

  /** How many pages of this size all the jobs fill. */
  /** The row offset of this page's first job. */
  public static int offset(int page, int perPage) {
    return (page - 1) * perPage;
  }

  public int pages() {
    return (int) ((total + perPage - 1) / perPage);
  }
}
