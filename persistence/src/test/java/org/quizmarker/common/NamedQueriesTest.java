package org.quizmarker.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.HibernateException;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every named query of the mapping parses and resolves against the entities, on each database's
 * dialect. The deployment does not check them at start ({@code hibernate.query.startup_check} is
 * off in persistence.xml: parsing them cost seconds of every boot), so this is where a broken query
 * fails the build; the server parses them in the background after its start ({@code
 * NamedQueryWarmup}).
 */
class NamedQueriesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"org.hibernate.dialect.H2Dialect", "org.hibernate.dialect.PostgreSQLDialect"})
  void everyNamedQueryResolves(String dialect) throws Exception {
    StandardServiceRegistry registry =
        new StandardServiceRegistryBuilder()
            .applySetting("hibernate.dialect", dialect)
            .applySetting("hibernate.boot.allow_jdbc_metadata_access", "false")
            // the check this test exists for, also made at build time of the factory
            .applySetting("hibernate.query.startup_check", "true")
            .build();
    try {
      MetadataSources sources = new MetadataSources(registry);
      List<Class<?>> mapped = mappedClasses();
      mapped.forEach(sources::addAnnotatedClass);
      assertThat(mapped).as("mapped classes found on the classpath").hasSizeGreaterThan(10);
      try (SessionFactoryImplementor factory =
          sources.buildMetadata().buildSessionFactory().unwrap(SessionFactoryImplementor.class)) {
        QueryEngine engine = factory.getQueryEngine();
        Map<String, HibernateException> errors =
            engine.getNamedObjectRepository().checkNamedQueries(engine);
        assertThat(errors).isEmpty();
        assertThat(factory.getJpaMetamodel().getEntities()).hasSize(entityCount(mapped));
      }
    } finally {
      StandardServiceRegistryBuilder.destroy(registry);
    }
  }

  /** The entities, embeddables and converters compiled from this module's main sources. */
  private static List<Class<?>> mappedClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(
            org.quizmarker.jobs.Job.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    List<Class<?>> mapped = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name =
            root.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
        if (name.endsWith("package-info")) {
          continue;
        }
        Class<?> type;
        try {
          type = Class.forName(name, false, NamedQueriesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
          throw new IllegalStateException(e);
        }
        if (type.isAnnotationPresent(Entity.class)
            || type.isAnnotationPresent(Embeddable.class)
            || type.isAnnotationPresent(Converter.class)) {
          mapped.add(type);
        }
      }
    }
    return mapped;
  }

  private static int entityCount(List<Class<?>> mapped) {
    return (int) mapped.stream().filter(c -> c.isAnnotationPresent(Entity.class)).count();
  }
}
