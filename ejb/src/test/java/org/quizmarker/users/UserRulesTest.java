package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.quizmarker.platform.ServiceException;

class UserRulesTest {

  @Test
  void onlyNamesAnAccountCouldHaveAreWellFormed() {
    assertThat(UserRules.isWellFormedUsername("admin")).isTrue();
    assertThat(UserRules.isWellFormedUsername("t.smith-2_b")).isTrue();
    assertThat(UserRules.isWellFormedUsername(null)).isFalse();
    assertThat(UserRules.isWellFormedUsername("a")).isFalse();
    assertThat(UserRules.isWellFormedUsername("x\n2026-01-01 INFO forged")).isFalse();
    assertThat(UserRules.isWellFormedUsername("admin\u0000")).isFalse();
    assertThat(UserRules.isWellFormedUsername("u".repeat(65))).isFalse();
  }

  @Test
  void creatingAUserWithAMalformedNameIsRefused() {
    assertThatThrownBy(() -> UserRules.checkUsername("bad name"))
        .isInstanceOf(ServiceException.class)
        .hasMessageContaining("username");
  }
}
