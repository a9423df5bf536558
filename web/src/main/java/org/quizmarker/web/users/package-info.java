/**
 * Sign-in over HTTP: the Jakarta Security mechanism that reads the session cookie or bearer token,
 * the filter that answers unauthenticated API calls 401, the auth and token endpoints, and user
 * administration for admins.
 */
package org.quizmarker.web.users;
