package org.quizmarker.web.users;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.Caller;
import org.quizmarker.users.TokenView;
import org.quizmarker.users.UserService;
import org.quizmarker.web.api.Ok;

/** Sign-in with a session cookie, and the caller's API tokens. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  public record Login(String username, String password) {}

  /** Longer values are no account's: refused before any lookup or log line. */
  static final int MAX_USERNAME = 100;

  static final int MAX_PASSWORD = 1024;

  public record NewToken(String name) {}

  public record Me(long id, String username, List<String> roles) {
    static Me of(Caller c) {
      return new Me(c.id(), c.username(), c.roles().stream().sorted().toList());
    }
  }

  @Inject UserService users;
  @Context HttpServletRequest request;
  @Context SecurityContext security;

  @POST
  @Path("/login")
  @Public
  @Consumes(MediaType.APPLICATION_JSON)
  public Ok<Me> login(Login body) {
    if (body == null || body.username() == null || body.password() == null) {
      throw ServiceException.invalid("INVALID_BODY", "Send {\"username\": ..., \"password\": ...}");
    }
    if (body.username().length() > MAX_USERNAME || body.password().length() > MAX_PASSWORD) {
      throw ServiceException.invalid(
          "INVALID_BODY",
          "username has at most " + MAX_USERNAME + " and password " + MAX_PASSWORD + " characters");
    }
    Caller caller = users.authenticate(body.username(), body.password());
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      existing.invalidate(); // a new session id on sign-in: no session fixation
    }
    request.getSession(true).setAttribute(Sessions.USER_ID, caller.id());
    return Ok.of(Me.of(caller));
  }

  @POST
  @Path("/logout")
  @Public
  public Ok<Map<String, String>> logout() {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return Ok.of(Map.of("message", "Signed out"));
  }

  @GET
  @Path("/me")
  public Ok<Me> me() {
    return Ok.of(Me.of(CallerPrincipal.of(security)));
  }

  @POST
  @Path("/tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createToken(NewToken body) {
    TokenView token =
        users.createToken(CallerPrincipal.of(security), body == null ? null : body.name());
    return Response.status(201).entity(Ok.of(token)).build();
  }

  @GET
  @Path("/tokens")
  public Ok<List<TokenView>> tokens() {
    return Ok.of(users.tokens(CallerPrincipal.of(security)));
  }

  @DELETE
  @Path("/tokens/{id}")
  public Ok<Map<String, Object>> revoke(@PathParam("id") String id) {
    long tokenId;
    try {
      tokenId = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ServiceException.notFound("TOKEN_NOT_FOUND", "No token " + id);
    }
    users.revokeToken(CallerPrincipal.of(security), tokenId);
    return Ok.of(Map.of("id", tokenId, "revoked", true));
  }
}
