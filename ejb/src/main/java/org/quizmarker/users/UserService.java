package org.quizmarker.users;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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

/** Sign-in and its sessions, user administration and API tokens. */
@Stateless
public class UserService {
  private static final Logger LOG = Logger.getLogger(UserService.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Token lifetimes allowed at creation. */
  static final int MAX_TOKEN_DAYS = 3650;

  @Inject UserRepository users;
  @Inject CallerCache callers;
  @Inject LoginThrottle throttle;
  @Inject Clock clock;
  @Inject CurrentCaller current;
  @Inject PasswordHashing hashing;

  /**
   * Signs in from {@code clientAddress}: a new session, stored as the hash of its key. While the
   * account or the address is locked out (too many recent failures) the password is not even
   * checked. The browser's {@code previous} session, if any, ends: each sign-in gets a new key (no
   * session fixation).
   */
  @PermitAll
  public SignIn signIn(
      String username, String password, String clientAddress, SessionKey previous) {
    AppUser user = authenticate(username, password, clientAddress);
    if (previous != null) {
      signOut(previous);
    }
    SessionKey key = SessionKey.generate();
    users.addSession(new UserSession(key.idHash(), user, clock.instant()));
    return new SignIn(Caller.of(user), key);
  }

  private AppUser authenticate(String username, String password, String clientAddress) {
    refuseWhileLockedOut(username, clientAddress);
    Optional<AppUser> user =
        UserRules.isWellFormedUsername(username) ? users.byUsername(username) : Optional.empty();
    PasswordHashes.Check check =
        hashing
            .hashes()
            .check(password, user.map(AppUser::getPasswordHash).orElse(hashing.dummyHash()));
    if (user.isEmpty() || !check.matches() || user.get().isDisabled()) {
      throttle.failed(username, clientAddress);
      LOG.infof(
          "Sign-in refused for '%s' from %s: wrong username or password",
          LogSafe.of(username), LogSafe.of(clientAddress));
      throw new ServiceException(
          Kind.UNAUTHENTICATED, "INVALID_CREDENTIALS", "Wrong username or password");
    }
    throttle.succeeded(username);
    if (check == PasswordHashes.Check.MATCH_REHASH) {
      // An older format or a lower cost: the password is at hand now, so store today's hash.
      user.get().setPasswordHash(hashing.hashes().hash(password));
      LOG.infof("Password hash of '%s' renewed at sign-in", user.get().getUsername());
    }
    return user.get();
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
   * The account a session stands for, unless the session signed out or was idle too long, or the
   * account was disabled or deleted, or its password changed after the session signed in. Read
   * through the caller cache: another node's sign-out or change is seen within its lifetime.
   */
  @PermitAll
  public Optional<Caller> callerForSession(SessionKey key) {
    String hash = key.idHash();
    return callers.get(CallerCache.sessionKey(hash), () -> sessionOwner(hash));
  }

  private Optional<Caller> sessionOwner(String hash) {
    Instant now = clock.instant();
    return users
        .sessionByHash(hash)
        .filter(s -> s.isValidAt(now))
        .map(
            s -> {
              s.recordUse(now); // written at most once a minute per session
              return Caller.of(s.getOwner());
            });
  }

  /** Ends a session: its row is deleted, and this node forgets it at once. */
  @PermitAll
  public void signOut(SessionKey key) {
    String hash = key.idHash();
    users.deleteSession(hash);
    callers.evict(CallerCache.sessionKey(hash));
  }

  /** Deletes the sessions that expired by now (the hourly cleanup); answers how many. */
  @PermitAll
  public int deleteExpiredSessions() {
    return users.deleteExpiredSessions(clock.instant());
  }

  /**
   * A caller changes their own password, proving the old one (failures count towards the sign-in
   * throttle like a wrong sign-in). Their other sessions end and all their API tokens are revoked;
   * the session they made the change in (none: they used a token) stays.
   */
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
  public PasswordChange changeOwnPassword(
      String oldPassword, String newPassword, String clientAddress) {
    CallerPrincipal principal = current.principal();
    Caller caller = principal.caller();
    refuseWhileLockedOut(caller.username(), clientAddress);
    AppUser user = users.find(caller.id()).orElseThrow();
    if (!hashing.hashes().check(oldPassword, user.getPasswordHash()).matches()) {
      throttle.failed(caller.username(), clientAddress);
      LOG.infof(
          "Password change refused for '%s' from %s: wrong old password",
          caller.username(), LogSafe.of(clientAddress));
      throw new ServiceException(Kind.FORBIDDEN, "WRONG_PASSWORD", "The old password is wrong");
    }
    UserRules.checkPassword(user.getUsername(), newPassword);
    user.setPasswordHash(hashing.hashes().hash(newPassword));
    int revoked = endSessionsAndTokens(user, principal.session());
    LOG.infof(
        "User '%s' changed their password from %s: other sessions ended, %d tokens revoked",
        caller.username(), LogSafe.of(clientAddress), revoked);
    return new PasswordChange(revoked);
  }

  /** What a password change did: how many tokens it revoked. */
  public record PasswordChange(int tokensRevoked) {}

  /**
   * The account's sessions end but {@code keep} (the one that changed its own password; null:
   * none), and its tokens are revoked for good (re-enabling keeps them so). The credentials version
   * moves on too, so a session signing in at this very moment cannot outlive the change.
   */
  private int endSessionsAndTokens(AppUser user, SessionKey keep) {
    user.changeCredentials();
    String keepHash = keep == null ? null : keep.idHash();
    users.deleteSessions(user.getId(), keepHash);
    if (keepHash != null) {
      users
          .sessionByHash(keepHash)
          .filter(s -> s.getOwner().getId().equals(user.getId()))
          .ifPresent(UserSession::keepAfterCredentialsChange);
    }
    int revoked = users.revokeTokens(user.getId());
    callers.evictAll();
    return revoked;
  }

  @RolesAllowed(AppUser.ROLE_ADMIN)
  public UserView create(String username, String password, Set<String> roles) {
    UserRules.checkUsername(username);
    UserRules.checkPassword(username, password);
    UserRules.checkRoles(roles);
    if (users.byUsername(username).isPresent()) {
      throw ServiceException.conflict(
          "USERNAME_TAKEN", "A user '" + username + "' already exists (names ignore case)");
    }
    AppUser user =
        new AppUser(
            username, hashing.hashes().hash(password), new LinkedHashSet<>(roles), clock.instant());
    users.add(user);
    LOG.infof("User '%s' created with roles %s", LogSafe.of(username), roles);
    return UserView.of(user);
  }

  @RolesAllowed({AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<UserView> list() {
    return users.all().stream().map(UserView::of).toList();
  }

  /**
   * An admin changes an account; a new password or disabling ends its sessions and revokes its
   * tokens, except the admin's own session when admins reset their own password.
   */
  @RolesAllowed(AppUser.ROLE_ADMIN)
  public UserView update(String username, String password, Set<String> roles, Boolean disabled) {
    CallerPrincipal principal = current.principal();
    Caller admin = principal.caller();
    SessionKey adminSession = principal.session();
    AppUser user = existing(username);
    boolean endSessions = false;
    if (password != null) {
      UserRules.checkPassword(user.getUsername(), password);
      user.setPasswordHash(hashing.hashes().hash(password));
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
    SessionKey keep = user.getId() == admin.id() ? adminSession : null;
    int revoked = endSessions ? endSessionsAndTokens(user, keep) : 0;
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
  @RolesAllowed(AppUser.ROLE_ADMIN)
  public boolean deleteOrDisable(String username) {
    Caller admin = current.get();
    AppUser user = existing(username);
    if (user.getId() == admin.id()) {
      throw ServiceException.conflict("CANNOT_DELETE_SELF", "You cannot delete your own account");
    }
    callers.evictAll();
    if (users.ownsAnything(user.getId())) {
      if (!user.isDisabled()) {
        endSessionsAndTokens(user, null);
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
  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
  public TokenView createToken(String name, Integer expiresInDays, Instant expiresAt) {
    Caller caller = current.get();
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

  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<TokenView> tokens() {
    return users.tokens(current.id()).stream().map(t -> TokenView.of(t, null)).toList();
  }

  @RolesAllowed({AppUser.ROLE_TEACHER, AppUser.ROLE_ADMIN, AppUser.ROLE_MONITOR})
  public void revokeToken(long tokenId) {
    Caller caller = current.get();
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
  @PermitAll
  public Optional<Caller> callerForToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return callerForTokenHash(sha256(token));
  }

  /** {@link #callerForToken}, with the token's hash kept for {@link #stillSignedIn}. */
  @PermitAll
  public Optional<CallerPrincipal> principalForToken(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    String hash = sha256(token);
    return callerForTokenHash(hash).map(c -> new CallerPrincipal(c, null, hash));
  }

  private Optional<Caller> callerForTokenHash(String hash) {
    return callers.get(CallerCache.tokenKey(hash), () -> tokenOwner(hash));
  }

  /**
   * Whether the session or token a principal signed in with still holds (not signed out, ended,
   * revoked or expired), for streams that outlive their request.
   */
  @PermitAll
  public boolean stillSignedIn(CallerPrincipal principal) {
    return principal.viaSession()
        ? callerForSession(principal.session()).isPresent()
        : callerForTokenHash(principal.tokenHash()).isPresent();
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
