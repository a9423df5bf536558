package org.quizmarker.jobs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.quizmarker.platform.ServiceException;

class JobPageTest {

  @Test
  void aPageWhoseOffsetWouldOverflowAnIntIsRefused() {
    ServiceException e =
        assertThrows(ServiceException.class, () -> JobPage.requireValid(200_000_000, 20));
    assertEquals("INVALID_PAGE", e.code());
  }

  @Test
  void theHighestPageAtTheLargestSizeStillHasAPositiveOffset() {
    assertDoesNotThrow(() -> JobPage.requireValid(JobPage.MAX_PAGE, JobPage.MAX_PER_PAGE));
    assertEquals(99_999_900, JobPage.offset(JobPage.MAX_PAGE, JobPage.MAX_PER_PAGE));
  }

  @Test
  void pageZeroAndOversizedPagesAreRefused() {
    assertEquals(
        "INVALID_PAGE",
        assertThrows(ServiceException.class, () -> JobPage.requireValid(0, 20)).code());
    assertEquals(
        "INVALID_PER_PAGE",
        assertThrows(ServiceException.class, () -> JobPage.requireValid(1, 101)).code());
  }
}
