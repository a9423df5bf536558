package org.quizmarker.users;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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

  /** Token lifetimes allowed at creation. */
  static final int MAX_TOKEN_DAYS = 3650;

  @Inject UserRepository users;
  @Inject CallerCache callers;
  @Inject LoginThrottle throttle;
  @Inject Clock clock;

  private final PasswordHasher hasher = new PasswordHasher();

  /**
   * Checks a sign-in from {@code clientAddress}. While the account or the address is locked out
   * (too many recent failures) the password is not even checked.
   */
  public SignIn authenticate(String username, String password, String clientAddress) {
    refuseWhileLockedOut(username, clientAddress);
    Optional<AppUser> user =
        UserRules.isWellFormedUsername(username) ? users.byUsername(username) : Optional.empty();
    boolean matches =
        hasher.matches(password, user.map(AppUser::getPasswordHash).orElse(DUMMY_HASH));
    if (user.isEmpty() || !matches || user.get().isDisabled()) {
      throttle.failed(username, clientAddress);
      LOG.infof(
          "Sign-in refused for '%s' from %s: wrong username or password",
          LogSafe.of(username), LogSafe.of(clientAddress));
      throw new ServiceException(
          Kind.UNAUTHENTICATED, "INVALID_CREDENTIALS", "Wrong username or password");
    }
    throttle.succeeded(username);
    return new SignIn(Caller.of(user.get()), user.get().getCredentialsVersion());
  }

  private void refuseWhileLockedOut(String username, String clientAddress) {
    Optional<Duration> locked = throttle.lockedFor(username, clientAddress);
    if (locked.isPresent()) {
      long seconds = Math.max(1, (locked.get().toMillis() + 999) / 1000);
      LOG.infof(
          "Sign-in refused for '%s' from %s: too many failed attempts, locked for %d s",
          LogSafe.of(username), LogSafe.of(clientAddress), seconds);
      throw new SignInThrottled(seconds);
    }
  }

  /**
   * The account behind a session, unless it was disabled or deleted since, or its password changed
   * after the session signed in ({@code credentialsVersion} is the one the session signed in with).
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Caller> activeCaller(long userId, long credentialsVersion) {
    return callers.get(
        "user:" + userId + ":" + credentialsVersion,
        () ->
            users
                .find(userId)
                .filter(u -> !u.isDisabled() && u.getCredentialsVersion() == credentialsVersion)
                .map(Caller::of));
  }

  /** The account's credentials version now (for the session of a caller who just changed it). */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public long credentialsVersion(long userId) {
    return users.find(userId).map(AppUser::getCredentialsVersion).orElse(-1L);
  }

  /**
   * A caller changes their own password, proving the old one (failures count towards the sign-in
   * throttle like a wrong sign-in). Their other sessions end and all their API tokens are revoked.
   */
  public PasswordChange changeOwnPassword(
      Caller caller, String oldPassword, String newPassword, String clientAddress) {
    refuseWhileLockedOut(caller.username(), clientAddress);
    AppUser user = users.find(caller.id()).orElseThrow();
    if (!hasher.matches(oldPassword, user.getPasswordHash())) {
      throttle.failed(caller.username(), clientAddress);
      LOG.infof(
          "Password change refused for '%s' from %s: wrong old password",
          caller.username(), LogSafe.of(clientAddress));
      throw new ServiceException(Kind.FORBIDDEN, "WRONG_PASSWORD", "The old password is wrong");
    }
    UserRules.checkPassword(user.getUsername(), newPassword);
    user.setPasswordHash(hasher.hash(newPassword));
    int revoked = endSessionsAndTokens(user);
    LOG.infof(
        "User '%s' changed their password from %s: other sessions ended, %d tokens revoked",
        caller.username(), LogSafe.of(clientAddress), revoked);
    return new PasswordChange(user.getCredentialsVersion(), revoked);
  }

  /** What a password change did: the new credentials version, and how many tokens it revoked. */
  public record PasswordChange(long credentialsVersion, int tokensRevoked) {}

  /** Sessions signed in before now end; tokens are revoked for good (re-enabling keeps them so). */
  private int endSessionsAndTokens(AppUser user) {
    user.changeCredentials();
    int revoked = users.revokeTokens(user.getId());
    callers.evictAll();
    return revoked;
  }

  public UserView create(String username, String password, Set<String> roles) {
    UserRules.checkUsername(username);
    UserRules.checkPassword(username, password);
    UserRules.checkRoles(roles);
    if (users.byUsername(username).isPresent()) {
      throw ServiceException.conflict(
          "USERNAME_TAKEN", "A user '" + username + "' already exists (names ignore case)");
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
    boolean endSessions = false;
    if (password != null) {
      UserRules.checkPassword(user.getUsername(), password);
      user.setPasswordHash(hasher.hash(password));
      endSessions = true;
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
      endSessions |= disabled && !user.isDisabled();
      user.setDisabled(disabled);
    }
    int revoked = endSessions ? endSessionsAndTokens(user) : 0;
    callers.evictAll();
    LOG.infof(
        "User '%s' updated by '%s'%s",
        user.getUsername(),
        admin.username(),
        endSessions ? ": its sessions ended, " + revoked + " tokens revoked" : "");
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
      if (!user.isDisabled()) {
        endSessionsAndTokens(user);
      }
      user.setDisabled(true);
      LOG.infof(
          "User '%s' owns jobs or quizzes: disabled instead of deleted", LogSafe.of(username));
      return false;
    }
    users.remove(user);
    LOG.infof("User '%s' deleted by '%s'", LogSafe.of(username), admin.username());
    return true;
  }

  /**
   * A new API token; it expires after {@code expiresInDays} days or at {@code expiresAt} (at most
   * one of them; neither: valid until revoked).
   */
  public TokenView createToken(
      Caller caller, String name, Integer expiresInDays, Instant expiresAt) {
    if (name == null || name.isBlank() || name.length() > 100) {
      throw ServiceException.invalid("INVALID_TOKEN_NAME", "name must be 1-100 characters");
    }
    Instant now = clock.instant();
    Instant expiry = TokenExpiry.of(expiresInDays, expiresAt, now, MAX_TOKEN_DAYS);
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = "qm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    AppUser owner = users.find(caller.id()).orElseThrow();
    ApiToken saved = new ApiToken(owner, sha256(token), name.strip(), now, expiry);
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
   * The account a bearer token stands for, if the token is known, neither revoked nor expired, and
   * its owner active.
   */
  public Optional<Caller> callerForToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String hash = sha256(token);
    return callers.get("token:" + hash, () -> tokenOwner(hash));
  }

  private Optional<Caller> tokenOwner(String hash) {
    Instant now = clock.instant();
    return users
        .tokenByHash(hash)
        .filter(t -> t.isValidAt(now) && !t.getOwner().isDisabled())
        .map(
            t -> {
              t.recordUse(now); // written at most once a minute per token
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
