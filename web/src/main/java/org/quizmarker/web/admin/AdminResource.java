package org.quizmarker.web.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.quizmarker.admin.AdminService;
import org.quizmarker.users.AppUser;
import org.quizmarker.web.api.Ok;

/** {@code GET /api/v1/admin/overview}: jobs by status, stored images, queues, cache. */
@Path("/admin")
@RolesAllowed(AppUser.ROLE_ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
  @Inject AdminService admin;

  @GET
  @Path("/overview")
  public Ok<Map<String, Object>> overview() {
    return Ok.of(admin.overview());
  }
}
