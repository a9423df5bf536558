package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quizmarker.it.probes.DatabaseProbeResource;

/**
 * When the database ends the pool's connections (H2 closing itself, PostgreSQL restarted), the next
 * requests get fresh ones: the datasources validate a pooled connection before handing it out
 * (wildfly-config/datasource.cli), so no request fails on a dead one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {
  private static final String WEB_MODULE = "quizmarker-web.war";

  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(
            EnterpriseArchive.class, new File(System.getProperty("qm.ear")));
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    if (web == null) {
      throw new IllegalStateException("The EAR has no " + WEB_MODULE);
    }
    web.addClass(DatabaseProbeResource.class);
    ear.delete(WEB_MODULE);
    return ear.addAsModule(web);
  }

  @Test
  void requestsAfterTheDatabaseDroppedEveryConnectionSucceed() {
    // several teachers and lists first, so that the pool holds more than one connection
    for (int i = 0; i < 4; i++) {
      assertThat(Api.newTeacher().get("/jobs").status()).isEqualTo(200);
    }
    Api.Reply dropped =
        Api.admin().post("/test/database/drop-connections", Json.createObjectBuilder().build());
    assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);

    for (int i = 0; i < 6; i++) {
      Api teacher = Api.newTeacher();
      Api.Reply jobs = teacher.get("/jobs");
      assertThat(jobs.status()).as("request %d after the drop: %s", i, jobs).isEqualTo(200);
    }
    Api.Reply health = new Api().get("/health");
    assertThat(health.status()).as(health.toString()).isEqualTo(200);
    assertThat(
            ObservabilityIT.quizmarkerCheck(health.body())
                .getJsonObject("data")
                .getString("database"))
        .isEqualTo("UP");
  }
}
