package org.quizmarker.it;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Integration tests against the real server: the EAR the build made, deployed on the WildFly the
 * build provisioned (real Artemis, the tests' own Redis, H2 or PostgreSQL, real Tesseract). Tests
 * talk to it over HTTP like any client.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class DeployedIT {

  @Deployment(testable = false)
  public static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(System.getProperty("qm.ear")));
  }
}
