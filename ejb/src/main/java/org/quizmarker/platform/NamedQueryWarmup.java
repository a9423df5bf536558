package org.quizmarker.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryEngine;
import org.jboss.logging.Logger;

/**
 * Parses every named query once, a few seconds after the deployment, so that the first requests
 * find them in Hibernate's query cache. Hibernate would do this while it starts ({@code
 * hibernate.query.startup_check}), but there it held the deployment for 3–4 s of a 2-core machine's
 * boot; persistence.xml turns that off. A broken query cannot reach a build: {@code
 * NamedQueriesTest} resolves every one on both dialects.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NamedQueryWarmup {
  private static final Logger LOG = Logger.getLogger(NamedQueryWarmup.class);

  /** After the deployment has finished, which takes the machine's cores while it runs. */
  static final long DELAY_SECONDS = 5;

  @PersistenceUnit(unitName = "quizmarker")
  EntityManagerFactory emf;

  @Resource ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> pending;

  @PostConstruct
  void schedule() {
    pending = scheduler.schedule(this::parseAll, DELAY_SECONDS, TimeUnit.SECONDS);
  }

  /** An application undeployed within the delay has nothing left to parse. */
  @PreDestroy
  void cancel() {
    pending.cancel(false);
  }

  private void parseAll() {
    try {
      long start = System.nanoTime();
      SessionFactoryImplementor factory = emf.unwrap(SessionFactoryImplementor.class);
      QueryEngine engine = factory.getQueryEngine();
      Map<String, HibernateException> errors =
          engine.getNamedObjectRepository().checkNamedQueries(engine);
      errors.forEach((name, error) -> LOG.errorf(error, "Named query %s does not resolve", name));
      LOG.infof(
          "Parsed the named queries in %d ms (%d errors)",
          (System.nanoTime() - start) / 1_000_000, errors.size());
    } catch (RuntimeException e) {
      LOG.error("Could not parse the named queries", e);
    }
  }
}
