package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quizmarker.it.faults.LeaseRace;

/**
 * Once-per-cluster work: leases taken by one conditional update on the real database (H2 or
 * PostgreSQL), and the admin overview showing the node, its heartbeat and the lease holders.
 */
class ClusterLeaseIT extends DeployedIT {

  private static Optional<JsonObject> lease(JsonObject overview, String task) {
    return overview.getJsonArray("leases").getValuesAs(JsonObject.class).stream()
        .filter(l -> l.getString("task").equals(task))
        .findFirst();
  }

  @Test
  void ofContendersRacingForAFreeLeaseExactlyOneWinsAndOnlyTheHolderRenewsUntilItLapses() {
    Api admin = Api.admin();
    JsonObject[] race = new JsonObject[1];
    // the race runs a second after deployment and ends with the takeover by the last contender
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              race[0] = lease(admin.get("/admin/overview").data(), LeaseRace.LEASE).orElse(null);
              return race[0] != null && LeaseRace.LAST.equals(race[0].getString("holder", null));
            });
    // one race winner + its renewal + the takeover after expiry; a refused claim counts nothing
    assertThat(race[0].getInt("runs")).as(race[0].toString()).isEqualTo(3);
  }

  @Test
  void theWatchdogRunsUnderItsLeaseAndTheOverviewListsThisNode() {
    Api admin = Api.admin();
    JsonObject[] last = new JsonObject[1];
    await()
        .atMost(Duration.ofSeconds(150))
        .pollInterval(Duration.ofSeconds(2))
        .until(
            () -> {
              last[0] = admin.get("/admin/overview").data();
              return lease(last[0], "job-watchdog").map(l -> l.getInt("runs") > 0).orElse(false)
                  && last[0].getJsonArray("nodes").getJsonObject(0).get("last_seen_at") != null
                  && !last[0].getJsonArray("nodes").getJsonObject(0).isNull("last_seen_at");
            });
    String node = last[0].getString("node");
    assertThat(lease(last[0], "job-watchdog").orElseThrow().getString("holder")).isEqualTo(node);
    JsonObject self = last[0].getJsonArray("nodes").getJsonObject(0);
    assertThat(self.getString("name")).isEqualTo(node);
    assertThat(self.getInt("workers")).isPositive();
    assertThat(lease(last[0], "image-retention")).isPresent();
  }
}
