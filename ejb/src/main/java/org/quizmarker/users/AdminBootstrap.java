package org.quizmarker.users;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.quizmarker.platform.ServiceException;

/**
 * On the first start (no account yet) creates {@code admin} with QM_ADMIN_PASSWORD, or with a
 * generated password that is printed once and stored in a file only the server's user can read.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class AdminBootstrap {
  private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);
  public static final String ADMIN = "admin";

  @Inject UserRepository users;
  @Inject Clock clock;
  @Inject PasswordHashing hashing;

  @Inject
  @ConfigProperty(name = "qm.admin.password")
  Optional<String> configuredPassword;

  @PostConstruct
  void createFirstAdmin() {
    if (users.count() > 0) {
      return;
    }
    String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
    boolean generated = password == null;
    if (generated) {
      password = generatedPassword();
    }
    // A configured password that breaks the policy stops the deployment with the reason.
    UserRules.checkPassword(ADMIN, password);
    users.add(
        new AppUser(
            ADMIN,
            hashing.hashes().hash(password),
            Set.of(AppUser.ROLE_ADMIN, AppUser.ROLE_TEACHER),
            clock.instant()));
    if (!generated) {
      LOG.infof("Created account '%s' with the password from QM_ADMIN_PASSWORD", ADMIN);
      return;
    }
    Path file = passwordFile();
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      Files.writeString(file, password + "\n");
      LOG.infof(
          "Created account '%s' with generated password %s (printed once; also in %s, readable"
              + " only by this user)",
          ADMIN, password, file);
    } catch (IOException | UnsupportedOperationException e) {
      LOG.infof(
          "Created account '%s' with generated password %s (printed once; could not store it in"
              + " %s: %s)",
          ADMIN, password, file, e.getMessage());
    }
  }

  /** 24 random characters that meet the password policy (re-drawn in the rare case they do not). */
  static String generatedPassword() {
    SecureRandom random = new SecureRandom();
    while (true) {
      byte[] bytes = new byte[18];
      random.nextBytes(bytes);
      String candidate = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      try {
        UserRules.checkPassword(ADMIN, candidate);
        return candidate;
      } catch (ServiceException e) {
        // contains "admin" or has too few distinct characters: draw again
      }
    }
  }

  static Path passwordFile() {
    String data = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    return Path.of(data, "quizmarker", "admin-password");
  }
}
