/**
 * The faults the integration tests inject into the background work, chosen by the uploaded file's
 * name. {@link org.quizmarker.it.DeployedIT} adds these classes to the EJB module of the deployed
 * EAR only; the EAR the build makes (and ./quizmarker runs) has none of them.
 */
package org.quizmarker.it.faults;
