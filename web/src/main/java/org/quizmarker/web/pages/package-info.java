/**
 * The browser side of the deployment: the static pages (plain HTML, CSS and ES modules in the WAR,
 * served at {@code /} without sign-in; the API does the access control) and the security headers
 * every answer carries.
 */
package org.quizmarker.web.pages;
