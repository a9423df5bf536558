package org.quizmarker.users;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.quizmarker.platform.LogSafe;
import org.quizmarker.platform.ServiceException;
import org.quizmarker.platform.ServiceException.Kind;

/** Sign-in, user administration and API tokens. */
@Stateless
public class UserService {
  private static final Logger LOG = Logger.getLogger(UserService.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Compared against when the username is unknown, so timing does not reveal which users exist. */
  private static final String DUMMY_HASH = new PasswordHasher().hash("not-a-real-password");

  @Inject UserRepository users;
  @Inject CallerCache callers;
  @Inject Clock clock;

  private final PasswordHasher hasher = new PasswordHasher();

  public Caller authenticate(String username, String password) {
    Optional<AppUser> user =
        UserRules.isWellFormedUsername(username) ? users.byUsername(username) : Optional.empty();
    boolean matches =
        hasher.matches(password, user.map(AppUser::getPasswordHash).orElse(DUMMY_HASH));
    if (user.isEmpty() || !matches || user.get().isDisabled()) {
      LOG.infof("Sign-in refused for '%s'", LogSafe.of(username));
      throw new ServiceException(
          Kind.UNAUTHENTICATED, "INVALID_CREDENTIALS", "Wrong username or password");
    }
    return Caller.of(user.get());
  }

  /** The account behind a session, unless it was disabled or deleted since. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Caller> activeCaller(long userId) {
    return callers.get(
        "user:" + userId, () -> users.find(userId).filter(u -> !u.isDisabled()).map(Caller::of));
  }

  public UserView create(String username, String password, Set<String> roles) {
    UserRules.checkUsername(username);
    UserRules.checkPassword(password);
    UserRules.checkRoles(roles);
    if (users.byUsername(username).isPresent()) {
      throw ServiceException.conflict("USERNAME_TAKEN", "A user '" + username + "' already exists");
    }
    AppUser user =
        new AppUser(username, hasher.hash(password), new LinkedHashSet<>(roles), clock.instant());
    users.add(user);
    LOG.infof("User '%s' created with roles %s", LogSafe.of(username), roles);
    return UserView.of(user);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  public UserView update(
      Caller admin, String username, String password, Set<String> roles, Boolean disabled) {
    AppUser user = existing(username);
    if (password != null) {
      UserRules.checkPassword(password);
      user.setPasswordHash(hasher.hash(password));
    }
    if (roles != null) {
      UserRules.checkRoles(roles);
      if (user.getId() == admin.id() && !roles.contains(AppUser.ROLE_ADMIN)) {
        throw ServiceException.conflict(
            "CANNOT_DEMOTE_SELF", "You cannot remove your own admin role");
      }
      user.setRoles(new LinkedHashSet<>(roles));
    }
    if (disabled != null) {
      if (user.getId() == admin.id() && disabled) {
        throw ServiceException.conflict(
            "CANNOT_DISABLE_SELF", "You cannot disable your own account");
      }
      user.setDisabled(disabled);
    }
    callers.evictAll();
    LOG.infof("User '%s' updated by '%s'", LogSafe.of(username), admin.username());
    return UserView.of(user);
  }

  /**
   * Deleting an account that owns jobs would orphan them, so such accounts are disabled instead;
   * the answer says which happened.
   */
  public boolean deleteOrDisable(Caller admin, String username) {
    AppUser user = existing(username);
    if (user.getId() == admin.id()) {
      throw ServiceException.conflict("CANNOT_DELETE_SELF", "You cannot delete your own account");
    }
    callers.evictAll();
    if (users.ownsAnything(user.getId())) {
      user.setDisabled(true);
      LOG.infof(
          "User '%s' owns jobs or quizzes: disabled instead of deleted", LogSafe.of(username));
      return false;
    }
    users.remove(user);
    LOG.infof("User '%s' deleted by '%s'", LogSafe.of(username), admin.username());
    return true;
  }

  public TokenView createToken(Caller caller, String name) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw ServiceException.invalid("INVALID_TOKEN_NAME", "name must be 1-100 characters");
    }
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "qm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    AppUser owner = users.find(caller.id()).orElseThrow();
    ApiToken saved = new ApiToken(owner, sha256(token), name.strip(), clock.instant());
    users.addToken(saved);
    return TokenView.of(saved, token);
  }

  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<TokenView> tokens(Caller caller) {
    return users.tokens(caller.id()).stream().map(t -> TokenView.of(t, null)).toList();
  }

  public void revokeToken(Caller caller, long tokenId) {
    ApiToken token =
        users
            .findToken(tokenId)
            .filter(t -> t.getOwner().getId() == caller.id())
            .orElseThrow(() -> ServiceException.notFound("TOKEN_NOT_FOUND", "No token " + tokenId));
    token.revoke();
    callers.evictAll();
  }

  /**
   * The account a bearer token stands for, if the token is known, not revoked, and its owner
   * active.
   */
  public Optional<Caller> callerForToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String hash = sha256(token);
    return callers.get("token:" + hash, () -> tokenOwner(hash));
  }

  private Optional<Caller> tokenOwner(String hash) {
    return users
        .tokenByHash(hash)
        .filter(t -> !t.isRevoked() && !t.getOwner().isDisabled())
        .map(
            t -> {
              // Recorded at most once per cache period, so polling is not a write per request.
              t.touch(clock.instant());
              return Caller.of(t.getOwner());
            });
  }

  private AppUser existing(String username) {
    return users
        .byUsername(username)
        .orElseThrow(
            () -> ServiceException.notFound("USER_NOT_FOUND", "No user '" + username + "'"));
  }

  static String sha256(String value) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
