package org.quizmarker.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quizmarker.it.faults.FileNameFaults;
import org.quizmarker.it.faults.LeaseRace;
import org.quizmarker.it.faults.LeaseTaker;
import org.quizmarker.it.faults.SessionRows;

/**
 * Integration tests against the real server: the EAR the build made, deployed on the WildFly the
 * build provisioned (real Artemis, the tests' own Redis, H2 or PostgreSQL, real Tesseract). Tests
 * talk to it over HTTP like any client. The deployed EAR is the build's plus the faults the tests
 * inject ({@link org.quizmarker.it.faults}), added to its EJB module here and nowhere else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedIT {
  private static final String EJB_MODULE = "quizmarker-ejb.jar";
  private static final String WEB_MODULE = "quizmarker-web.war";

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(
            EnterpriseArchive.class, new File(System.getProperty("qm.ear")));
    JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB_MODULE);
    if (ejb == null) {
      throw new IllegalStateException("The EAR has no " + EJB_MODULE);
    }
    ejb.addClasses(FileNameFaults.class, LeaseRace.class, LeaseTaker.class, SessionRows.class);
    ear.delete(EJB_MODULE);
    return ear.addAsModule(ejb);
  }

  /** The build's EAR with test-only web-layer classes (the probes) added to its WAR. */
  static EnterpriseArchive earWithWebClasses(Class<?>... classes) {
    EnterpriseArchive ear =
        ShrinkWrap.createFromZipFile(
            EnterpriseArchive.class, new File(System.getProperty("qm.ear")));
    WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
    if (web == null) {
      throw new IllegalStateException("The EAR has no " + WEB_MODULE);
    }
    web.addClasses(classes);
    ear.delete(WEB_MODULE);
    return ear.addAsModule(web);
  }
}
