package org.quizmarker.web.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.quizmarker.users.BearerCredential;
import org.quizmarker.users.SessionCredential;

/**
 * Jakarta Security's view of every request: an {@code Authorization: Bearer} token, or else the
 * session cookie, validated by the application's identity store; a valid one becomes the
 * container's caller (name and roles), which then reaches the EJBs. Without a valid credential the
 * request goes on anonymous ({@code doNothing}): public endpoints answer it, and {@link
 * AuthenticationFilter} gives every other API endpoint the API's 401, never a challenge page.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {
  /** Set on a request whose bearer token was refused (then 401 INVALID_TOKEN on any endpoint). */
  static final String REFUSED_TOKEN = SessionAuthenticationMechanism.class.getName() + ".refused";

  private static final String BEARER = "Bearer ";

  @Inject IdentityStoreHandler identities;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    boolean bearer =
        authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
    Credential credential =
        bearer
            ? new BearerCredential(authorization.substring(BEARER.length()).trim())
            : SessionCookies.keyOf(request).map(SessionCredential::new).orElse(null);
    if (credential == null) {
      return context.doNothing();
    }
    CredentialValidationResult result = identities.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(result);
    }
    if (bearer) {
      request.setAttribute(REFUSED_TOKEN, Boolean.TRUE);
    }
    return context.doNothing();
  }
}
