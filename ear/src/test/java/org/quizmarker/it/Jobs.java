package org.quizmarker.it;

import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Set;

/** Waiting for jobs. */
public final class Jobs {
  private Jobs() {}

  public static JsonObject awaitEnded(Api api, String jobId, Duration timeout) {
    JsonObject[] last = new JsonObject[1];
    await()
        .atMost(timeout)
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> {
              Api.Reply r = api.get("/jobs/" + jobId);
              if (r.status() != 200) {
                throw new AssertionError("Status request failed: " + r);
              }
              last[0] = r.data();
              return Set.of("completed", "failed", "cancelled")
                  .contains(r.data().getString("status"));
            });
    return last[0];
  }

  public static JsonObject awaitEnded(Api api, String jobId) {
    return awaitEnded(api, jobId, Duration.ofMinutes(3));
  }
}
