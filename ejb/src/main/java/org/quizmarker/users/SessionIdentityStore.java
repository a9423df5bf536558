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
 */
@ApplicationScoped
public class SessionIdentityStore implements IdentityStore {
  @Inject UserService users;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    Optional<CallerPrincipal> principal;
    if (credential instanceof SessionCredential s) {
      principal = users.callerForSession(s.key()).map(c -> new CallerPrincipal(c, s.key(), null));
    } else if (credential instanceof BearerCredential b) {
      principal = users.principalForToken(b.token());
    } else {
      return NOT_VALIDATED_RESULT;
    }
    return principal
        .map(p -> new CredentialValidationResult(p, p.caller().roles()))
        .orElse(INVALID_RESULT);
  }
}
