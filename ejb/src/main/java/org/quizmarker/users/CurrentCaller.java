package org.quizmarker.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;

/**
 * Who called the current EJB method, as the container knows it (the identity the web layer's
 * authentication mechanism established and the container propagated): services ask here instead of
 * trusting an owner id from their caller.
 */
@ApplicationScoped
public class CurrentCaller {
  @Inject SecurityContext security;

  /** The signed-in caller; {@code UNAUTHENTICATED} when there is none (background work). */
  public Caller get() {
    return principal().caller();
  }

  public long id() {
    return get().id();
  }

  /** The caller's principal, with the credential it signed in with. */
  public CallerPrincipal principal() {
    Principal p = security.getCallerPrincipal();
    if (p instanceof CallerPrincipal caller) {
      return caller;
    }
    throw new ServiceException(Kind.UNAUTHENTICATED, "UNAUTHENTICATED", "Sign in first");
  }
}
