package org.quizmarker.users;

import static jakarta.security.enterprise.identitystore.CredentialValidationResult.INVALID_RESULT;
import static jakarta.security.enterprise.identitystore.CredentialValidationResult.NOT_VALIDATED_RESULT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Optional;

/**
 * Validates a session cookie or an API token for Jakarta Security, through the same lookups and
 * caller cache as before (no extra database read per request). The groups are the account's roles,
 * which the container then checks in {@code @RolesAllowed}, web and EJB alike. Passwords are not
 * validated here: sign-in ({@link UserService#signIn}) throttles and creates a session first.
 *
 * <p>Every request of a polling client passes here, so a credential the caller cache holds is
 * answered from it directly: only a miss calls {@link UserService}, whose EJB call costs a
 * transaction and the container's interceptors (9 % of the request threads' CPU in a profile of
 * status polls when every request took it). Hit or miss, the answer is the cache's, so evictions
 * (sign-out, revocation, account changes) take effect exactly as before.
 */
@ApplicationScoped
public class SessionIdentityStore implements IdentityStore {
  @Inject UserService users;
  @Inject CallerCache callers;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    Optional<CallerPrincipal> principal;
    if (credential instanceof SessionCredential s) {
      principal = forSession(s.key());
    } else if (credential instanceof BearerCredential b) {
      principal = forToken(b.token());
    } else {
      return NOT_VALIDATED_RESULT;
    }
    return principal
        .map(p -> new CredentialValidationResult(p, p.caller().roles()))
        .orElse(INVALID_RESULT);
  }

  private Optional<CallerPrincipal> forSession(SessionKey key) {
    Optional<Caller> cached = callers.cached(CallerCache.sessionKey(key.idHash()));
    Optional<Caller> caller = cached != null ? cached : users.callerForSession(key);
    return caller.map(c -> new CallerPrincipal(c, key, null));
  }

  private Optional<CallerPrincipal> forToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String hash = UserService.sha256(token);
    Optional<Caller> cached = callers.cached(CallerCache.tokenKey(hash));
    if (cached == null) {
      return users.principalForToken(token);
    }
    return cached.map(c -> new CallerPrincipal(c, null, hash));
  }
}
