package org.quizmarker.web.users;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.quizmarker.users.CallerPrincipal;
import org.quizmarker.web.api.Errors;

/**
 * The API's answer to a request the container did not authenticate ({@link
 * SessionAuthenticationMechanism} found no valid session or token): endpoints not marked {@link
 * Public} answer 401 in JSON (never a redirect or challenge), and a refused bearer token is 401 on
 * every endpoint. Role checks ({@code @RolesAllowed}, here and on the EJBs) use the container's
 * caller. Cross-site state changes never get here: org.quizmarker.web.http.RequestScreen refuses
 * them first (CSRF).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {
  @Context ResourceInfo resource;
  @Context HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (request.getAttribute(SessionAuthenticationMechanism.REFUSED_TOKEN) != null) {
      context.abortWith(
          Errors.response(401, "INVALID_TOKEN", "Unknown, expired or revoked API token"));
      return;
    }
    if (context.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal) {
      return;
    }
    boolean isPublic =
        resource.getResourceMethod() != null
            && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    if (!isPublic) {
      context.abortWith(
          Errors.response(
              401,
              "UNAUTHENTICATED",
              "Sign in first (POST /api/v1/auth/login) or send Authorization: Bearer <token>"));
    }
  }
}
