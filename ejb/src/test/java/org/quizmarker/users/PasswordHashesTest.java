package org.quizmarker.users;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.Test;
import org.quizmarker.users.PasswordHashes.Check;

class PasswordHashesTest {
  /** Soteria's lowest allowed cost, to keep the tests quick. */
  static final int CHEAP = 1024;

  static PasswordHashes hashes(int iterations) {
    Pbkdf2PasswordHash pbkdf2 = new Pbkdf2PasswordHashImpl();
    pbkdf2.initialize(PasswordHashes.parameters(iterations));
    return new PasswordHashes(pbkdf2, iterations);
  }

  @Test
  void aNewHashIsThePlatformsFormatAtTheConfiguredCost_andVerifies() {
    PasswordHashes full = hashes(PasswordHashes.ITERATIONS);
    String stored = full.hash("correct horse battery");
    assertThat(stored).startsWith("PBKDF2WithHmacSHA512:210000:");
    assertThat(full.check("correct horse battery", stored)).isEqualTo(Check.MATCH);
    assertThat(full.check("correct horse batterY", stored)).isEqualTo(Check.NO_MATCH);
    assertThat(full.hash("correct horse battery")).isNotEqualTo(stored);
  }

  @Test
  void aHashInTheFormerOwnFormatSignsIn_andIsDueForANewHash() {
    String former = new PasswordHasher(1000).hash("marking-pens-at-dawn");
    assertThat(former).startsWith("pbkdf2-sha512$1000$");
    PasswordHashes hashes = hashes(CHEAP);

    assertThat(hashes.check("marking-pens-at-dawn", former)).isEqualTo(Check.MATCH_REHASH);
    assertThat(hashes.check("marking-pens-at-dusk", former)).isEqualTo(Check.NO_MATCH);

    String renewed = hashes.hash("marking-pens-at-dawn");
    assertThat(hashes.check("marking-pens-at-dawn", renewed)).isEqualTo(Check.MATCH);
  }

  @Test
  void aLowerCostOrAWeakerAlgorithmIsDueForANewHash() {
    PasswordHashes current = hashes(CHEAP * 2);
    assertThat(current.check("pw", hashes(CHEAP).hash("pw"))).isEqualTo(Check.MATCH_REHASH);

    Pbkdf2PasswordHash sha256 = new Pbkdf2PasswordHashImpl(); // the platform's defaults
    sha256.initialize(java.util.Map.of());
    String weaker = sha256.generate("pw".toCharArray());
    assertThat(weaker).startsWith("PBKDF2WithHmacSHA256:");
    assertThat(current.check("pw", weaker)).isEqualTo(Check.MATCH_REHASH);
    assertThat(current.check("px", weaker)).isEqualTo(Check.NO_MATCH);
  }

  @Test
  void malformedOrMissingHashesMatchNothing() {
    PasswordHashes hashes = hashes(CHEAP);
    assertThat(hashes.check("pw", "PBKDF2WithHmacSHA512:x:y:z")).isEqualTo(Check.NO_MATCH);
    assertThat(hashes.check("pw", "PBKDF2WithHmacSHA512:1024")).isEqualTo(Check.NO_MATCH);
    assertThat(hashes.check("pw", "plain-text")).isEqualTo(Check.NO_MATCH);
    assertThat(hashes.check("pw", "")).isEqualTo(Check.NO_MATCH);
    assertThat(hashes.check("pw", null)).isEqualTo(Check.NO_MATCH);
    assertThat(hashes.check(null, hashes.hash("pw"))).isEqualTo(Check.NO_MATCH);
  }
}
