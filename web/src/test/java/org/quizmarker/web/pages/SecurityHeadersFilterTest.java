package org.quizmarker.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityHeadersFilterTest {
  @ParameterizedTest
  @CsvSource({
    "/api/v1/auth/login, true",
    "/api/v1/auth/tokens, true",
    "/api/v1/admin/users/alice, true",
    "/api/v1/jobs, false",
    "/api/v1/authx, false",
    "/index.html, false"
  })
  void answersAboutAccountsAreNeverCached(String path, boolean noStore) {
    assertThat(SecurityHeadersFilter.carriesSecrets(path)).isEqualTo(noStore);
  }
}
