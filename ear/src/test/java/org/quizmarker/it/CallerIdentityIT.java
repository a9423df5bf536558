package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quizmarker.it.probes.CallerProbeResource;
import org.quizmarker.it.probes.StoredHashes;

/**
 * The caller the Jakarta Security mechanism establishes reaches the EJB container with its roles:
 * an EJB refuses a method to a caller without the role even when the web layer does not check it,
 * and a method that takes no caller argument acts for the signed-in account (session or token).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CallerIdentityIT {
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedIT.earWithWebClasses(CallerProbeResource.class, StoredHashes.class);
  }

  @Test
  void anEjbRefusesATeacherItsAdminMethod_andAnAdminGetsIt() {
    Api.Reply teacher = Api.newTeacher().get("/test/caller/admin-only");
    assertThat(teacher.status()).as(teacher.toString()).isEqualTo(403);
    assertThat(teacher.code()).isEqualTo("FORBIDDEN");

    Api.Reply admin = Api.admin().get("/test/caller/admin-only");
    assertThat(admin.status()).as(admin.toString()).isEqualTo(200);
    assertThat(admin.data().getInt("users")).isPositive();
  }

  @Test
  void theEjbActsForTheSignedInAccount_bySessionAndByToken() {
    Api teacher = Api.newTeacher();
    assertThat(teacher.get("/test/caller/own-tokens").data().getInt("tokens")).isZero();
    Api.Reply created =
        teacher.post("/auth/tokens", Json.createObjectBuilder().add("name", "probe").build());
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String token = created.data().getString("token");

    assertThat(teacher.get("/test/caller/own-tokens").data().getInt("tokens")).isEqualTo(1);
    Api.Reply byToken = new Api().withBearer(token).get("/test/caller/own-tokens");
    assertThat(byToken.status()).as(byToken.toString()).isEqualTo(200);
    assertThat(byToken.data().getInt("tokens")).isEqualTo(1);
    // Another teacher's EJB call sees only her own tokens.
    assertThat(Api.newTeacher().get("/test/caller/own-tokens").data().getInt("tokens")).isZero();
  }

  @Test
  void aPasswordHashInTheFormerFormatSignsIn_andIsReplacedByThePlatformsFormat() {
    Api teacher = Api.newTeacher();
    String name = teacher.username();
    assertThat(formatOf(name)).isEqualTo("PBKDF2WithHmacSHA512:210000");
    Api.Reply stored =
        teacher.post(
            "/test/caller/former-hash/" + name,
            Json.createObjectBuilder().add("password", Api.USER_PASSWORD).build());
    assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
    assertThat(formatOf(name)).isEqualTo("pbkdf2-sha512:210000");

    Api again = Api.signedIn(name, Api.USER_PASSWORD); // throws unless 200
    assertThat(formatOf(name)).isEqualTo("PBKDF2WithHmacSHA512:210000");
    assertThat(again.get("/auth/me").status()).isEqualTo(200);
    assertThat(Api.signedIn(name, Api.USER_PASSWORD).get("/auth/me").status()).isEqualTo(200);
  }

  private static String formatOf(String username) {
    return Api.admin().get("/test/caller/hash-format/" + username).data().getString("format");
  }
}
