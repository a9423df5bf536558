/**
 * Sign-in over HTTP: the session cookie and bearer-token authentication filter (with its CSRF
 * check), the auth and token endpoints, and user administration for admins.
 */
package org.quizmarker.web.users;
