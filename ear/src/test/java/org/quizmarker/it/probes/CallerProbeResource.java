package org.quizmarker.it.probes;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.quizmarker.users.UserService;

/**
 * Calls EJB methods with no role check of its own in the web layer, so the answer shows what the
 * EJB container decided for the caller the authentication mechanism established. Test deployments
 * only ({@link org.quizmarker.it.CallerIdentityIT} adds it to the WAR).
 */
@Path("/test/caller")
@Produces(MediaType.APPLICATION_JSON)
public class CallerProbeResource {
  @Inject UserService users;
  @Inject StoredHashes hashes;

  /** An EJB method for admins and monitors ({@code UserService.list}). */
  @GET
  @Path("/admin-only")
  public Map<String, Object> adminOnly() {
    return Map.of("success", true, "data", Map.of("users", users.list().size()));
  }

  /** A method that takes no caller argument and finds the caller in the container. */
  @GET
  @Path("/own-tokens")
  public Map<String, Object> ownTokens() {
    return Map.of("success", true, "data", Map.of("tokens", users.tokens().size()));
  }

  /** Replaces the account's hash by one of {@code password} in the former own format. */
  @POST
  @Path("/former-hash/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, Object> storeFormerHash(
      @PathParam("username") String username, JsonObject body) {
    int updated = hashes.storeInFormerFormat(username, body.getString("password"));
    return Map.of("success", true, "data", Map.of("updated", updated));
  }

  /** The account's stored hash up to its salt (algorithm and cost). */
  @GET
  @Path("/hash-format/{username}")
  public Map<String, Object> hashFormat(@PathParam("username") String username) {
    String stored = hashes.stored(username);
    String[] parts = stored.split("[:$]");
    return Map.of("success", true, "data", Map.of("format", parts[0] + ":" + parts[1]));
  }
}
