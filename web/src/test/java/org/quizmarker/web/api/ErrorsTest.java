package org.quizmarker.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quizmarker.platform.ServiceException.Kind;

class ErrorsTest {

  @ParameterizedTest
  @CsvSource({
    "INVALID,400",
    "UNAUTHENTICATED,401",
    "FORBIDDEN,403",
    "NOT_FOUND,404",
    "CONFLICT,409",
    "TOO_LARGE,413",
    "UNSUPPORTED_TYPE,415",
    "TOO_MANY,429",
    "UNAVAILABLE,503"
  })
  void everyRefusalHasItsStatus(Kind kind, int status) {
    assertThat(Errors.statusOf(kind)).isEqualTo(status);
  }

  @ParameterizedTest
  @CsvSource({
    "404,NOT_FOUND",
    "405,METHOD_NOT_ALLOWED",
    "415,UNSUPPORTED_MEDIA_TYPE",
    "500,INTERNAL_ERROR",
    "418,HTTP_418"
  })
  void statusesOutsideTheApplicationGetCodes(int status, String code) {
    assertThat(Errors.codeOf(status)).isEqualTo(code);
  }

  @Test
  void timestampsAreIsoUtcToTheSecond() {
    assertThat(Times.iso(Instant.parse("2026-11-19T13:00:00.123456Z")))
        .isEqualTo("2026-11-19T13:00:00Z");
    assertThat(Times.iso(null)).isNull();
  }
}
