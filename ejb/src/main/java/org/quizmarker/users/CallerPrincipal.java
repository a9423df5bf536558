package org.quizmarker.users;

import java.util.Objects;

/**
 * The principal the container carries for a signed-in request, from the web layer into the EJBs:
 * the {@link Caller} as the identity store found it, and the credential it was found by — {@link
 * #session()} (a cookie) or {@link #tokenHash()} (a bearer token's SHA-256), exactly one of them —
 * so a long request (an event stream) can ask again whether that credential still holds.
 */
public final class CallerPrincipal extends jakarta.security.enterprise.CallerPrincipal {
  private final Caller caller;
  private final SessionKey session;
  private final String tokenHash;

  public CallerPrincipal(Caller caller, SessionKey session, String tokenHash) {
    super(caller.username());
    this.caller = caller;
    this.session = session;
    this.tokenHash = tokenHash;
  }

  public Caller caller() {
    return caller;
  }

  /** The session signed in with; null: a bearer token. */
  public SessionKey session() {
    return session;
  }

  String tokenHash() {
    return tokenHash;
  }

  public boolean viaSession() {
    return session != null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CallerPrincipal p
        && p.caller.equals(caller)
        && Objects.equals(p.session, session)
        && Objects.equals(p.tokenHash, tokenHash);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caller, session, tokenHash);
  }

  @Override
  public String toString() {
    return "CallerPrincipal[" + caller.username() + "]";
  }
}
