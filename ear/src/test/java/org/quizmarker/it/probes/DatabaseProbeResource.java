package org.quizmarker.it.probes;

import jakarta.annotation.Resource;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Ends the database side of the server's pooled connections, as a database restart would: H2 closes
 * its database ({@code SHUTDOWN}), PostgreSQL ends every other session on the database. Test
 * deployments only ({@link org.quizmarker.it.DatabaseOutageIT} adds it to the WAR).
 */
@Path("/test/database")
@Produces(MediaType.APPLICATION_JSON)
public class DatabaseProbeResource {
  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @POST
  @Path("/drop-connections")
  public Map<String, Object> dropConnections() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      String product = connection.getMetaData().getDatabaseProductName();
      int ended = 0;
      if ("H2".equalsIgnoreCase(product)) {
        statement.execute("SHUTDOWN");
        ended = -1; // all of them, this one too
      } else {
        try (ResultSet rows =
            statement.executeQuery(
                "select pg_terminate_backend(pid) from pg_stat_activity"
                    + " where datname = current_database() and pid <> pg_backend_pid()")) {
          while (rows.next()) {
            ended++;
          }
        }
      }
      return Map.of("success", true, "data", Map.of("database", product, "ended", ended));
    }
  }
}
