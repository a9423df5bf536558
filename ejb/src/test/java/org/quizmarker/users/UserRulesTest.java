package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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

  @ParameterizedTest
  @ValueSource(
      strings = {
        "eleven-char", // too short
        "            ", // twelve spaces
        "abababababab", // long, but two characters
        "password1234", // a common password stretched with digits
        "QWERTYUIOP!!!", // the same, any case
        "1qaz2wsx3edc", // on the list as it is
        "my-name-is-Ms.Smith", // contains the username, another case
      })
  void weakPasswordsAreRefused(String password) {
    assertThatThrownBy(() -> UserRules.checkPassword("ms.smith", password))
        .isInstanceOf(ServiceException.class)
        .extracting(e -> ((ServiceException) e).code())
        .isEqualTo("INVALID_PASSWORD");
  }

  @ParameterizedTest
  @ValueSource(strings = {"grading sheets at dawn", "Tr0ub4dor&3-horse", "twelve chars"})
  void longUncommonPasswordsAreAccepted(String password) {
    UserRules.checkPassword("ms.smith", password);
  }

  @Test
  void theCommonPasswordListIsShippedWhole() {
    assertThat(CommonPasswords.size()).isGreaterThan(9_900);
    assertThat(CommonPasswords.core("!!password1234")).isEqualTo("password");
    assertThat(CommonPasswords.contains("correct horse battery staple")).isFalse();
  }
}
