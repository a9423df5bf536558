package org.quizmarker.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Job events between the nodes of a cluster through Redis pub/sub. The test server runs as node
 * {@code it-node}; the test plays the other node with {@code redis-cli}: it listens to what the
 * server relays, and relays a change "made elsewhere" that the server's event stream must push.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobEventRelayIT extends DeployedIT {
  static final String CHANNEL = "qm:job-events";
  static final String NODE = "it-node";

  /** Events a relayed change must beat: the stream re-reads on its own only every 5 s. */
  static final Duration BEFORE_THE_STREAMS_OWN_REREAD = Duration.ofSeconds(4);

  @Test
  @Order(1)
  void changesCommittedOnThisNodeAreRelayedToTheOthers() throws Exception {
    try (Listener listener = Listener.start()) {
      Api teacher = Api.newTeacher();
      String jobId = teacher.upload(Sheets.part("sheet_011")).json().getString("job_id");
      Jobs.awaitEnded(teacher, jobId);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  listener.events().stream()
                      .anyMatch(
                          e ->
                              e.getString("origin").equals(NODE)
                                  && jobId.equals(e.getString("job", null))
                                  && e.getJsonObject("fields")
                                      .getString("status")
                                      .equals("completed")));
    }
  }

  @Test
  @Order(2)
  void aChangeRelayedFromAnotherNodeIsPushedToThisNodesEventStream() throws Exception {
    Api teacher = Api.newTeacher();
    String jobId = teacher.upload(Sheets.part("sheet_012")).json().getString("job_id");
    // The other node's state of this job, newer than any this node will write: as node B would,
    // put it in the shared progress cache, then relay it.
    Map<String, String> state = new HashMap<>(redisHash("qm:job:" + jobId));
    assertThat(state).containsKey("owner");
    state.put("status", "processing");
    state.put("progress", "40");
    state.put("revision", "1000000");
    writeHash("qm:job:" + jobId, state);

    List<String> lines = new CopyOnWriteArrayList<>();
    CompletableFuture<HttpResponse<Stream<String>>> stream =
        teacher
            .http()
            .sendAsync(
                teacher
                    .request("/jobs/" + jobId + "/events")
                    .header("Accept", "text/event-stream")
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofLines());
    CompletableFuture<Void> reading = stream.thenAccept(r -> r.body().forEach(lines::add));
    try {
      await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains("id: 1000000"));

      state.put("progress", "77");
      state.put("revision", "1000001");
      writeHash("qm:job:" + jobId, state);
      long sent = System.nanoTime();
      publish(progressMessage("other-node", jobId, state));
      await()
          .atMost(BEFORE_THE_STREAMS_OWN_REREAD)
          .pollInterval(Duration.ofMillis(10))
          .until(() -> lines.contains("id: 1000001"));
      System.out.printf(
          "Relayed change pushed to the event stream after %d ms%n",
          (System.nanoTime() - sent) / 1_000_000);
    } finally {
      reading.cancel(true);
      stream.thenAccept(r -> r.body().close());
    }
  }

  @Test
  @Order(3)
  void withRedisDownEventStreamsPollAndTheRelayComesBackWithRedis() throws Exception {
    Api teacher = Api.newTeacher();
    try {
      TestRedis.stop();
      String jobId = teacher.upload(Sheets.part("sheet_013")).json().getString("job_id");
      HttpResponse<String> events =
          teacher
              .http()
              .send(
                  teacher
                      .request("/jobs/" + jobId + "/events")
                      .header("Accept", "text/event-stream")
                      .GET()
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(events.statusCode()).isEqualTo(200);
      assertThat(events.body()).contains("\"status\":\"completed\"");
    } finally {
      TestRedis.start();
    }
    try (Listener listener = Listener.start()) {
      await()
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                String jobId = teacher.upload(Sheets.part("sheet_014")).json().getString("job_id");
                Jobs.awaitEnded(teacher, jobId);
                return listener.events().stream()
                    .anyMatch(e -> jobId.equals(e.getString("job", null)));
              });
    }
  }

  private static String progressMessage(String origin, String jobId, Map<String, String> state) {
    JsonObjectBuilder fields = Json.createObjectBuilder();
    state.forEach(fields::add);
    return Json.createObjectBuilder()
        .add("origin", origin)
        .add("kind", "progress")
        .add("job", jobId)
        .add("fields", fields)
        .build()
        .toString();
  }

  private static Map<String, String> redisHash(String key) throws Exception {
    List<String> out = redisCli("HGETALL", key);
    Map<String, String> hash = new HashMap<>();
    for (int i = 0; i + 1 < out.size(); i += 2) {
      hash.put(out.get(i), out.get(i + 1));
    }
    return hash;
  }

  private static void writeHash(String key, Map<String, String> hash) throws Exception {
    List<String> args = new java.util.ArrayList<>(List.of("HSET", key));
    hash.forEach(
        (k, v) -> {
          args.add(k);
          args.add(v);
        });
    redisCli(args.toArray(String[]::new));
  }

  private static void publish(String message) throws Exception {
    redisCli("PUBLISH", CHANNEL, message);
  }

  private static List<String> redisCli(String... args) throws Exception {
    List<String> command =
        new java.util.ArrayList<>(List.of("redis-cli", "-p", "" + TestRedis.port()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> out;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      out = r.lines().toList();
    }
    p.waitFor();
    return out;
  }

  /** Another node's subscription to the channel: redis-cli, its messages parsed. */
  private record Listener(Process process, List<JsonObject> events) implements AutoCloseable {
    static Listener start() throws IOException {
      Process p =
          new ProcessBuilder("redis-cli", "-p", "" + TestRedis.port(), "SUBSCRIBE", CHANNEL)
              .redirectErrorStream(true)
              .start();
      List<JsonObject> events = new CopyOnWriteArrayList<>();
      java.util.concurrent.CountDownLatch subscribed = new java.util.concurrent.CountDownLatch(1);
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader r =
                    new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    if (line.equals("subscribe")) {
                      subscribed.countDown(); // redis-cli's confirmation, before any message
                    } else if (line.startsWith("{")) {
                      events.add(Json.createReader(new StringReader(line)).readObject());
                    }
                  }
                } catch (IOException e) {
                  // the process was stopped
                }
              });
      reader.setDaemon(true);
      reader.start();
      try {
        assertThat(subscribed.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new Listener(p, events);
    }

    @Override
    public void close() {
      process.destroy();
    }
  }
}
