package org.quizmarker.web.admin;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.quizmarker.admin.AdminService;
import org.quizmarker.platform.Jsonp;
import org.quizmarker.web.users.Public;

/**
 * {@code GET /api/v1/health}: 200 when the service can take and read uploads (the database answers,
 * workers listen on the images queue), 503 otherwise, in MicroProfile Health's format. Redis is
 * reported but does not make the service unready: status is then served from the database. (The
 * server's own {@code /health/ready} on the management port cannot carry this check: WildFly does
 * not discover health checks inside an EAR's modules.)
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {
  @Inject AdminService admin;

  @GET
  @Public
  public Response ready() {
    AdminService.Readiness r = admin.readiness();
    JsonObjectBuilder data =
        Jsonp.createObjectBuilder()
            .add("database", r.database() ? "UP" : "DOWN")
            .add("image_workers", r.imageWorkers())
            .add("progress_cache", r.progressCache() ? "UP" : "DOWN");
    if (r.databaseError() != null) {
      data.add("database_error", r.databaseError());
    }
    String status = r.ready() ? "UP" : "DOWN";
    JsonObject body =
        Jsonp.createObjectBuilder()
            .add("status", status)
            .add(
                "checks",
                Jsonp.createArrayBuilder()
                    .add(
                        Jsonp.createObjectBuilder()
                            .add("name", "quizmarker")
                            .add("status", status)
                            .add("data", data)))
            .build();
    return Response.status(r.ready() ? 200 : 503).entity(body).build();
  }
}
