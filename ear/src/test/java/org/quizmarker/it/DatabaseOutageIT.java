package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
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
  @Deployment(testable = false)
  static EnterpriseArchive ear() {
    return DeployedIT.earWithWebClasses(DatabaseProbeResource.class);
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
