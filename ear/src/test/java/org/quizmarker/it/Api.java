package org.quizmarker.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A client of the running server's REST API, as one user: it keeps its own session cookie (or sends
 * a bearer token). Answers are parsed as JSON when they are JSON.
 */
public final class Api {
  public static final String BASE =
      "http://127.0.0.1:" + Integer.getInteger("qm.test.http.port", 8180) + "/api/v1";
  public static final String ADMIN_PASSWORD = "it-server-secret-2026";

  /** The password of the accounts tests create: it meets the policy for any username. */
  public static final String USER_PASSWORD = "marking-pens-at-dawn";

  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private String bearer;
  private String username;
  private String password;

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  /** An answer: status, headers and the JSON body (null when the body is not JSON). */
  public record Reply(int status, JsonObject json, String body, Map<String, List<String>> headers) {
    public JsonObject data() {
      return json.getJsonObject("data");
    }

    public String code() {
      return json == null ? null : json.getString("code", null);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }

  /** One file part of an upload. */
  public record Part(String filename, String contentType, byte[] bytes) {}

  public static Api signedIn(String username, String password) {
    Api api = new Api();
    Reply r =
        api.post(
            "/auth/login",
            Json.createObjectBuilder().add("username", username).add("password", password).build());
    if (r.status() != 200) {
      throw new IllegalStateException("Sign-in of " + username + " failed: " + r);
    }
    api.username = username;
    api.password = password;
    return api;
  }

  public static Api admin() {
    return signedIn("admin", ADMIN_PASSWORD);
  }

  /** A new teacher account with a unique name, signed in. */
  public static Api newTeacher() {
    String name = "t" + UUID.randomUUID().toString().substring(0, 12);
    Reply r =
        admin()
            .post(
                "/admin/users",
                Json.createObjectBuilder()
                    .add("username", name)
                    .add("password", USER_PASSWORD)
                    .add("roles", Json.createArrayBuilder().add("teacher"))
                    .build());
    if (r.status() != 201) {
      throw new IllegalStateException("Creating a teacher failed: " + r);
    }
    return signedIn(name, USER_PASSWORD);
  }

  public Api withBearer(String token) {
    Api api = new Api();
    api.bearer = token;
    return api;
  }

  public Reply get(String path) {
    return send(request(path).GET().build());
  }

  public Reply delete(String path) {
    return send(request(path).DELETE().build());
  }

  public Reply post(String path, JsonStructure body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  public Reply patch(String path, JsonStructure body) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString()))
            .build());
  }

  public Reply postRaw(String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder b =
        request(path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(b::header);
    return send(b.build());
  }

  public Reply upload(List<Part> parts, String quizId) {
    String boundary = "----qm" + UUID.randomUUID();
    return postRaw(
        "/upload",
        "multipart/form-data; boundary=" + boundary,
        multipart(boundary, parts, quizId),
        Map.of());
  }

  public Reply upload(Part... parts) {
    return upload(List.of(parts), null);
  }

  public static byte[] multipart(String boundary, List<Part> parts, String quizId) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      for (Part p : parts) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"files[]\"; filename=\""
                    + p.filename()
                    + "\"\r\nContent-Type: "
                    + p.contentType()
                    + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.write(p.bytes());
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      if (quizId != null) {
        out.write(
            ("--"
                    + boundary
                    + "\r\nContent-Disposition: form-data; name=\"quiz_id\"\r\n\r\n"
                    + quizId
                    + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
      }
      out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public HttpClient http() {
    return http;
  }

  public HttpRequest.Builder request(String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
    if (bearer != null) {
      b.header("Authorization", "Bearer " + bearer);
    }
    return b;
  }

  public Reply send(HttpRequest request) {
    try {
      HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
      JsonObject json = null;
      String body = r.body();
      if (body != null && body.startsWith("{")) {
        JsonValue v = Json.createReader(new StringReader(body)).readValue();
        json = v.asJsonObject();
      }
      return new Reply(r.statusCode(), json, body, r.headers().map());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
