package org.quizmarker.web.users;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;
import org.quizmarker.users.Caller;

/** The signed-in caller as a JAX-RS principal; resources get the {@link Caller} from it. */
public record CallerPrincipal(Caller caller, boolean viaSession) implements Principal {
  @Override
  public String getName() {
    return caller.username();
  }

  public static Caller of(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof CallerPrincipal p) {
      return p.caller();
    }
    throw new ServiceException(Kind.UNAUTHENTICATED, "UNAUTHENTICATED", "Sign in first");
  }
}
