package org.quizmarker.web.users;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.quizmarker.users.Caller;
import org.quizmarker.users.SessionKey;
import org.quizmarker.users.UserService;
import org.quizmarker.web.api.Errors;

/**
 * Finds the caller of every request: a bearer token, or else the session cookie (its session looked
 * up in the database through the caller cache, so any node serves it). Endpoints not marked {@link
 * Public} answer 401 (JSON, never a redirect) without one; role checks ({@code @RolesAllowed}) then
 * use the principal set here. Cross-site state changes never get here:
 * org.quizmarker.web.http.RequestScreen refuses them first (CSRF).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
  private static final String BEARER = "Bearer ";

  @Inject UserService users;
  @Context ResourceInfo resource;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    boolean isPublic =
        resource.getResourceMethod() != null
            && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
    Optional<Caller> caller;
    SessionKey session = null;
    BooleanSupplier stillSignedIn = () -> false;
    if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
      String token = authorization.substring(BEARER.length()).trim();
      caller = users.callerForToken(token);
      if (caller.isEmpty()) {
        context.abortWith(
            Errors.response(401, "INVALID_TOKEN", "Unknown, expired or revoked API token"));
        return;
      }
      stillSignedIn = () -> users.callerForToken(token).isPresent();
    } else {
      Optional<SessionKey> key = SessionCookies.keyOf(request);
      caller = key.flatMap(users::callerForSession);
      if (caller.isPresent()) {
        session = key.get();
        SessionKey signedIn = session;
        stillSignedIn = () -> users.callerForSession(signedIn).isPresent();
      }
    }
    if (caller.isEmpty()) {
      if (!isPublic) {
        context.abortWith(
            Errors.response(
                401,
                "UNAUTHENTICATED",
                "Sign in first (POST /api/v1/auth/login) or send Authorization: Bearer <token>"));
      }
      return;
    }
    context.setSecurityContext(
        new CallerSecurityContext(
            new CallerPrincipal(caller.get(), session, stillSignedIn),
            context.getSecurityContext().isSecure()));
  }

  record CallerSecurityContext(CallerPrincipal principal, boolean secure)
      implements SecurityContext {
    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
      return principal.caller().roles().contains(role);
    }

    @Override
    public boolean isSecure() {
      return secure;
    }

    @Override
    public String getAuthenticationScheme() {
      return principal.viaSession() ? "SESSION" : "BEARER";
    }
  }
}
