/**
 * Web-layer probes the integration tests add to the deployed WAR (and nowhere else), to reach EJBs
 * without the resources' own checks.
 */
package org.quizmarker.it.probes;
