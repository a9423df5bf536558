/**
 * Accounts and sign-in: password hashing, the first admin account, user administration and API
 * tokens; the identity store that validates a session or token for Jakarta Security, and {@link
 * org.quizmarker.users.CurrentCaller}, through which services learn their caller from the
 * container. Nothing here knows HTTP; the web layer reads cookies and headers.
 */
package org.quizmarker.users;
