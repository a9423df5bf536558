package org.quizmarker.web.users;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.function.BooleanSupplier;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;
import org.quizmarker.users.Caller;
import org.quizmarker.users.SessionKey;

/**
 * The signed-in caller as a JAX-RS principal; resources get the {@link Caller} from it. {@code
 * session} is the session the request signed in with (null: a bearer token). {@code stillSignedIn}
 * asks again whether that session or token still holds (for streams that outlive the request).
 */
public record CallerPrincipal(Caller caller, SessionKey session, BooleanSupplier stillSignedIn)
    implements Principal {
  public boolean viaSession() {
    return session != null;
  }

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
