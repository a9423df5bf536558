package org.quizmarker.web.users;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.users.Caller;
import org.quizmarker.users.SignIn;
import org.quizmarker.users.TokenView;
import org.quizmarker.users.UserService;
import org.quizmarker.web.api.Ok;

/** Sign-in with a session cookie, the caller's own password, and their API tokens. */
@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  public record Login(String username, String password) {}

  /** Longer values are no account's: refused before any lookup or log line. */
  static final int MAX_USERNAME = 100;

  static final int MAX_PASSWORD = 1024;

  /** {@code expires_in_days} or {@code expires_at} (ISO-8601), at most one; neither: no expiry. */
  public record NewToken(String name, Integer expiresInDays, String expiresAt) {}

  public record PasswordChangeRequest(String oldPassword, String newPassword) {}

  public record PasswordChanged(String message, int tokensRevoked) {}

  public record Me(long id, String username, List<String> roles) {
    static Me of(Caller c) {
      return new Me(c.id(), c.username(), c.roles().stream().sorted().toList());
    }
  }

  @Inject UserService users;
  @Inject ConnectionSettings connections;
  @Context HttpServletRequest request;
  @Context HttpServletResponse response;
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
    SignIn signIn =
        users.signIn(
            body.username(),
            body.password(),
            connections.of(request).address(),
            SessionCookies.keyOf(request).orElse(null));
    response.addCookie(
        SessionCookies.issued(
            signIn.session(), connections.secureCookie(request), request.getContextPath()));
    return Ok.of(Me.of(signIn.caller()));
  }

  @POST
  @Path("/logout")
  @Public
  public Ok<Map<String, String>> logout() {
    SessionCookies.keyOf(request).ifPresent(users::signOut);
    response.addCookie(
        SessionCookies.cleared(connections.secureCookie(request), request.getContextPath()));
    return Ok.of(Map.of("message", "Signed out"));
  }

  @GET
  @Path("/me")
  public Ok<Me> me() {
    return Ok.of(Me.of(SignedIn.caller(security)));
  }

  /**
   * Changes the caller's own password (the old one required): their other sessions end and all
   * their API tokens are revoked; this session stays signed in.
   */
  @POST
  @Path("/password")
  @Consumes(MediaType.APPLICATION_JSON)
  public Ok<PasswordChanged> changePassword(PasswordChangeRequest body) {
    if (body == null || body.oldPassword() == null || body.newPassword() == null) {
      throw ServiceException.invalid(
          "INVALID_BODY", "Send {\"old_password\": ..., \"new_password\": ...}");
    }
    if (body.oldPassword().length() > MAX_PASSWORD || body.newPassword().length() > MAX_PASSWORD) {
      throw ServiceException.invalid(
          "INVALID_BODY", "passwords have at most " + MAX_PASSWORD + " characters");
    }
    UserService.PasswordChange change =
        users.changeOwnPassword(
            body.oldPassword(), body.newPassword(), connections.of(request).address());
    return Ok.of(
        new PasswordChanged(
            "Password changed; your other sessions are signed out and your API tokens revoked",
            change.tokensRevoked()));
  }

  @POST
  @Path("/tokens")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createToken(NewToken body) {
    if (body == null) {
      throw ServiceException.invalid("INVALID_BODY", "Send {\"name\": ...}");
    }
    TokenView token =
        users.createToken(body.name(), body.expiresInDays(), instant(body.expiresAt()));
    return Response.status(201)
        .header("Cache-Control", "no-store") // the answer carries the secret
        .entity(Ok.of(token))
        .build();
  }

  private static Instant instant(String text) {
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ServiceException.invalid(
          "INVALID_TOKEN_EXPIRY",
          "expires_at must be ISO-8601 with an offset, e.g. 2027-01-31T00:00:00Z");
    }
  }

  @GET
  @Path("/tokens")
  public Ok<List<TokenView>> tokens() {
    return Ok.of(users.tokens());
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
    users.revokeToken(tokenId);
    return Ok.of(Map.of("id", tokenId, "revoked", true));
  }
}
