package org.quizmarker.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** An account. The password is only ever stored as a PBKDF2 hash. */
@Entity
@Table(name = "app_user")
@NamedQuery(
    name = "AppUser.byUsername",
    query = "select u from AppUser u where u.usernameKey = :key")
@NamedQuery(name = "AppUser.all", query = "select u from AppUser u order by u.username")
@NamedQuery(name = "AppUser.count", query = "select count(u) from AppUser u")
@NamedQuery(
    name = "AppUser.jobCount",
    query = "select count(j) from Job j where j.ownerId = :owner")
public class AppUser {
  public static final String ROLE_TEACHER = "teacher";
  public static final String ROLE_ADMIN = "admin";

  /** Sees the admin console and changes nothing there. */
  public static final String ROLE_MONITOR = "monitor";

  public static final Set<String> ROLES = Set.of(ROLE_TEACHER, ROLE_ADMIN, ROLE_MONITOR);

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 64)
  private String username;

  /** The username in lower case: unique, so names that differ only in case are one account. */
  @Column(name = "username_key", nullable = false, length = 64)
  private String usernameKey;

  /**
   * Raised whenever the password changes or the account is disabled. A session remembers the value
   * it signed in with and ends when it no longer matches.
   */
  @Column(name = "credentials_version", nullable = false)
  private long credentialsVersion;

  @Column(name = "password_hash", nullable = false, length = 255)
  private String passwordHash;

  /** Comma-separated role names. */
  @Column(nullable = false, length = 255)
  private String roles;

  @Column(nullable = false)
  private boolean disabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AppUser() {}

  public AppUser(String username, String passwordHash, Set<String> roles, Instant now) {
    this.username = username;
    this.usernameKey = keyOf(username);
    this.passwordHash = passwordHash;
    setRoles(roles);
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public String getUsername() {
    return username;
  }

  /** How usernames compare: without regard to case. */
  public static String keyOf(String username) {
    return username.toLowerCase(Locale.ROOT);
  }

  public long getCredentialsVersion() {
    return credentialsVersion;
  }

  /** Ends the sessions signed in before now (the caller revokes the tokens). */
  public void changeCredentials() {
    credentialsVersion++;
  }

  public String getPasswordHash() {
    return passwordHash;
  }

  public void setPasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  public Set<String> getRoles() {
    return Arrays.stream(roles.split(","))
        .filter(r -> !r.isBlank())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  public void setRoles(Set<String> roles) {
    this.roles = String.join(",", roles);
  }

  public boolean hasRole(String role) {
    return getRoles().contains(role);
  }

  public boolean isDisabled() {
    return disabled;
  }

  public void setDisabled(boolean disabled) {
    this.disabled = disabled;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
