package org.quizmarker.web.users;

import jakarta.ws.rs.core.SecurityContext;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;
import org.quizmarker.users.Caller;
import org.quizmarker.users.CallerPrincipal;

/** The request's caller as the container authenticated it, for resources that show or use it. */
public final class SignedIn {
  private SignedIn() {}

  public static CallerPrincipal principal(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof CallerPrincipal p) {
      return p;
    }
    throw new ServiceException(Kind.UNAUTHENTICATED, "UNAUTHENTICATED", "Sign in first");
  }

  public static Caller caller(SecurityContext security) {
    return principal(security).caller();
  }
}
