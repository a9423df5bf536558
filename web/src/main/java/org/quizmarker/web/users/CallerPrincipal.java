package org.quizmarker.web.users;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.function.BooleanSupplier;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;
import org.quizmarker.users.Caller;

/**
 * The signed-in caller as a JAX-RS principal; resources get the {@link Caller} from it. {@code
 * stillSignedIn} asks again whether the session or token the request came with still holds (for
 * streams that outlive the request).
 */
public record CallerPrincipal(Caller caller, boolean viaSession, BooleanSupplier stillSignedIn)
    implements Principal {
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

  /** Whether the request's caller is still signed in (session not ended, token not revoked). */
  public static BooleanSupplier stillSignedIn(SecurityContext security) {
    if (security != null && security.getUserPrincipal() instanceof CallerPrincipal p) {
      return p.stillSignedIn();
    }
    return () -> false;
  }
}
