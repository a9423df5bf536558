package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quizmarker.platform.ServiceException;

class PasswordHasherTest {
  final PasswordHasher hasher = new PasswordHasher(1000);

  @Test
  void matchesOnlyTheRightPassword() {
    String hash = hasher.hash("correct horse battery");
    assertThat(hash).startsWith("pbkdf2-sha512$1000$").doesNotContain("correct");
    assertThat(hasher.matches("correct horse battery", hash)).isTrue();
    assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
    assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "plain", "md5$1$2", "pbkdf2-sha512$x$y$z", "pbkdf2-sha512$10$!!$!!"})
  void malformedHashesNeverMatch(String stored) {
    assertThat(hasher.matches("anything", stored)).isFalse();
  }

  @Test
  void theDefaultCostIsOwaspsRecommendation() {
    assertThat(new PasswordHasher().hash("x12345678")).startsWith("pbkdf2-sha512$210000$");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "-admin", "has space", "semi;colon"})
  void invalidUsernames(String name) {
    assertThatThrownBy(() -> UserRules.checkUsername(name)).isInstanceOf(ServiceException.class);
  }

  @Test
  void validUsersAndRoles() {
    UserRules.checkUsername("ms.smith_2");
    UserRules.checkPassword("ms.smith_2", "grading sheets at dawn");
    UserRules.checkRoles(Set.of("teacher", "admin"));
    assertThatThrownBy(() -> UserRules.checkRoles(Set.of())).isInstanceOf(ServiceException.class);
    assertThatThrownBy(() -> UserRules.checkRoles(Set.of("root")))
        .isInstanceOf(ServiceException.class);
    assertThatThrownBy(() -> UserRules.checkPassword("ms.smith_2", "short"))
        .isInstanceOf(ServiceException.class);
  }
}
