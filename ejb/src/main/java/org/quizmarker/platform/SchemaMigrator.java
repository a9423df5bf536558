package org.quizmarker.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;
import org.jboss.logging.Logger;

/**
 * Brings the database schema to the version this code expects (Flyway, {@code db/migration} in the
 * persistence jar, plus {@code db/h2} on the embedded database), then has Hibernate validate its
 * mapping against it. Hibernate never generates the schema; a mismatch fails the deployment instead
 * of corrupting data later.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {
  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class);

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @PersistenceUnit(unitName = "quizmarker")
  EntityManagerFactory emf;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(SchemaMigrator.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .load()
            .migrate();
    LOG.infof(
        "Database schema at version %s (%d migration(s) applied now)",
        result.targetSchemaVersion == null ? "unchanged" : result.targetSchemaVersion,
        result.migrationsExecuted);
    emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
  }

  /** The shared migrations, and H2's own where the embedded database needs a different storage. */
  private String[] locations() {
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())
          ? new String[] {"classpath:db/migration", "classpath:db/h2"}
          : new String[] {"classpath:db/migration"};
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
