package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** What operators watch: the service's and the server's health, metrics, the API document. */
class ObservabilityIT extends DeployedIT {
  static final String MANAGEMENT = "http://127.0.0.1:10090";
  static final String HTTP = "http://127.0.0.1:" + Integer.getInteger("qm.test.http.port", 8180);

  @Test
  void theServiceIsReadyWithItsDatabaseAndWorkers() {
    HttpResponse<String> ready = get(HTTP + "/api/v1/health");

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    JsonObject check = quizmarkerCheck(ready.body());
    assertThat(check.getString("status")).isEqualTo("UP");
    assertThat(check.getJsonObject("data").getString("database")).isEqualTo("UP");
    assertThat(check.getJsonObject("data").getJsonNumber("image_workers").longValue()).isPositive();
    assertThat(check.getJsonObject("data").getString("progress_cache")).isEqualTo("UP");
  }

  @Test
  void theServerReportsItsOwnHealthWithTheDeployment() {
    HttpResponse<String> ready = get(MANAGEMENT + "/health/ready");

    assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
    assertThat(ready.body()).contains("ready-deployment.quizmarker.ear");
    assertThat(get(MANAGEMENT + "/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void metricsAndTheApiDescriptionAreServed() {
    HttpResponse<String> metrics = get(MANAGEMENT + "/metrics");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.body()).contains("# TYPE");

    HttpResponse<String> openapi = get(HTTP + "/openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body()).contains("/api/v1/upload").contains("/api/v1/jobs/{id}");
  }

  @Test
  void theNamedQueriesAreParsedAfterTheStart() throws Exception {
    // NamedQueryWarmup: a few seconds after the deployment, off the boot's path
    String log = "";
    for (int i = 0; i < 60 && !log.contains("Parsed the named queries"); i++) {
      log = ServerLog.since(0);
      Thread.sleep(500);
    }
    assertThat(log).containsPattern("Parsed the named queries in \\d+ ms \\(0 errors\\)");
    assertThat(log).doesNotContain("does not resolve");
  }

  /** The application's own check in a MicroProfile Health answer. */
  static JsonObject quizmarkerCheck(String healthJson) {
    return Json.createReader(new StringReader(healthJson))
        .readObject()
        .getJsonArray("checks")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(c -> c.getString("name").equals("quizmarker"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No quizmarker check in " + healthJson));
  }

  static HttpResponse<String> get(String url) {
    try {
      return HttpClient.newHttpClient()
          .send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new AssertionError("GET " + url + " failed", e);
    }
  }
}
