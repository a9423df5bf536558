package org.quizmarker.quizzes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quizmarker.platform.ServiceException;

class SubmissionPageTest {

  @ParameterizedTest
  @CsvSource({
    "0, 100, INVALID_PAGE",
    "-1, 100, INVALID_PAGE",
    "1000001, 100, INVALID_PAGE",
    "1, 0, INVALID_PER_PAGE",
    "1, 501, INVALID_PER_PAGE"
  })
  void outOfRangePagesAreRefusedWithTheirCode(int page, int perPage, String code) {
    ServiceException e =
        assertThrows(ServiceException.class, () -> SubmissionPage.requireValid(page, perPage));
    assertThat(e.code()).isEqualTo(code);
  }

  @Test
  void theLargestPageAtTheLargestSizeHasAPositiveOffset() {
    assertThatCode(
            () -> SubmissionPage.requireValid(SubmissionPage.MAX_PAGE, SubmissionPage.MAX_PER_PAGE))
        .doesNotThrowAnyException();
    assertThat(SubmissionPage.offset(SubmissionPage.MAX_PAGE, SubmissionPage.MAX_PER_PAGE))
        .isEqualTo(499_999_500);
  }

  @Test
  void pagesRoundUpAndNoSubmissionsFillNoPage() {
    assertThat(new SubmissionPage(List.of(), 1, 100, 200).pages()).isEqualTo(2);
    assertThat(new SubmissionPage(List.of(), 1, 100, 201).pages()).isEqualTo(3);
    assertThat(new SubmissionPage(List.of(), 1, 100, 0).pages()).isZero();
  }

  @Test
  void everyOrderHasAWireNameAndUnknownNamesAreNone() {
    assertThat(SubmissionOrder.fromWire("score")).contains(SubmissionOrder.SCORE);
    assertThat(SubmissionOrder.fromWire("graded_at")).contains(SubmissionOrder.GRADED_AT);
    assertThat(SubmissionOrder.fromWire("SCORE")).isEmpty();
    assertThat(SubmissionOrder.fromWire("s.id; drop table quiz")).isEmpty();
  }
}
