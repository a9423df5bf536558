package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SessionKeyTest {

  @Test
  void aNewKeyIs256RandomBitsInACookieSafeForm() {
    SessionKey key = SessionKey.generate();
    assertThat(key.value()).hasSize(43).matches("[A-Za-z0-9_-]+");
    assertThat(Base64.getUrlDecoder().decode(key.value())).hasSize(SessionKey.BYTES);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      seen.add(SessionKey.generate().value());
    }
    assertThat(seen).hasSize(1000);
  }

  @Test
  void theDatabaseGetsItsSha256NeverTheValue() {
    SessionKey key = SessionKey.generate();
    assertThat(key.idHash()).hasSize(64).matches("[0-9a-f]+").isNotEqualTo(key.value());
    assertThat(SessionKey.parse(key.value()).orElseThrow().idHash()).isEqualTo(key.idHash());
  }

  @Test
  void aCookieValueOfAnyOtherShapeIsNoKey() {
    String good = SessionKey.generate().value();
    assertThat(SessionKey.parse(good)).contains(SessionKey.parse(good).orElseThrow());
    assertThat(SessionKey.parse(null)).isEmpty();
    assertThat(SessionKey.parse("")).isEmpty();
    assertThat(SessionKey.parse(good.substring(1))).isEmpty();
    assertThat(SessionKey.parse(good + "A")).isEmpty();
    assertThat(SessionKey.parse(good.substring(1) + "=")).isEmpty();
    assertThat(SessionKey.parse("0E4C6D1F2A3B4C5D6E7F8091A2B3C4D5")).isEmpty(); // a servlet id
  }

  @Test
  void itIsNeverPrinted() {
    SessionKey key = SessionKey.generate();
    assertThat(key.toString()).doesNotContain(key.value());
  }
}
