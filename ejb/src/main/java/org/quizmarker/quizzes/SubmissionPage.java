package org.quizmarker.quizzes;

import java.util.List;
import org.quizmarker.platform.Paging;

/** One page of a quiz's submissions in the order asked for, and how many there are in all. */
public record SubmissionPage(List<SubmissionView> items, int page, int perPage, long total) {

  /** The page size when none is asked for. */
  public static final int DEFAULT_PER_PAGE = 100;

  /**
   * Most submissions one page may hold: a class set of sheets or several, and its answers still a
   * JSON answer of a few hundred KiB at most (the export has no limit).
   */
  public static final int MAX_PER_PAGE = 500;

  public static final int MAX_PAGE = Paging.MAX_PAGE;

  /** A 400 unless {@code page} and {@code perPage} (1 to {@value #MAX_PER_PAGE}) fit. */
  public static void requireValid(int page, int perPage) {
    Paging.requireValid(page, perPage, MAX_PER_PAGE);
  }

  /** The row offset of this page's first submission. */
  public static int offset(int page, int perPage) {
    return Paging.offset(page, perPage);
  }

  /** How many pages of this size all the submissions fill (0 without any). */
  public int pages() {
    return Paging.pages(total, perPage);
  }
}
