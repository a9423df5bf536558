package org.quizmarker.web.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.AppUser;
import org.quizmarker.users.UserService;
import org.quizmarker.users.UserView;
import org.quizmarker.web.api.Ok;

/** User administration (role {@code admin}; others get 403). */
@Path("/admin/users")
@RolesAllowed({AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
@Produces(MediaType.APPLICATION_JSON)
public class AdminUserResource {

  public record NewUser(String username, String password, List<String> roles) {}

  public record UserChange(String password, List<String> roles, Boolean disabled) {}

  @Inject UserService users;

  @RolesAllowed(AppUser.ROLE_ADMIN)
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(NewUser body) {
    if (body == null) {
      throw ServiceException.invalid(
          "INVALID_BODY", "Send {\"username\", \"password\", \"roles\": [\"teacher\"]}");
    }
    Set<String> roles =
        body.roles() == null ? Set.of(AppUser.ROLE_TEACHER) : new LinkedHashSet<>(body.roles());
    UserView created = users.create(body.username(), body.password(), roles);
    return Response.status(201).entity(Ok.of(created)).build();
  }

  @GET
  public Ok<List<UserView>> list() {
    return Ok.of(users.list());
  }

  @RolesAllowed(AppUser.ROLE_ADMIN)
  @PATCH
  @Path("/{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Ok<UserView> update(@PathParam("username") String username, UserChange body) {
    if (body == null) {
      throw ServiceException.invalid("INVALID_BODY", "Send any of password, roles, disabled");
    }
    Set<String> roles = body.roles() == null ? null : new LinkedHashSet<>(body.roles());
    // An admin who resets their own password keeps this session (the others end).
    UserView updated = users.update(username, body.password(), roles, body.disabled());
    return Ok.of(updated);
  }

  @RolesAllowed(AppUser.ROLE_ADMIN)
  @DELETE
  @Path("/{username}")
  public Ok<Map<String, Object>> delete(@PathParam("username") String username) {
    boolean deleted = users.deleteOrDisable(username);
    return Ok.of(Map.of("username", username, "deleted", deleted, "disabled", !deleted));
  }
}
