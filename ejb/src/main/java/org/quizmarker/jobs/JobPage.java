package org.quizmarker.jobs;

import java.util.List;
import org.quizmarker.platform.Paging;

/** One page of jobs, newest first. */
public record JobPage(List<JobSnapshot> items, int page, int perPage, long total) {

  /** Most jobs one page may hold. */
  public static final int MAX_PER_PAGE = 100;

  public static final int MAX_PAGE = Paging.MAX_PAGE;

  /** A 400 unless {@code page} and {@code perPage} (1 to {@value #MAX_PER_PAGE}) fit. */
  public static void requireValid(int page, int perPage) {
    Paging.requireValid(page, perPage, MAX_PER_PAGE);
  }

  /** The row offset of this page's first job. */
  public static int offset(int page, int perPage) {
    return Paging.offset(page, perPage);
  }

  /** How many pages of this size all the jobs fill. */
  public int pages() {
    return Paging.pages(total, perPage);
  }
}
