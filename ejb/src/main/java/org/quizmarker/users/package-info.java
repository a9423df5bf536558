/**
 * Accounts and sign-in: password hashing, the first admin account, user administration and API
 * tokens. Nothing here knows HTTP; the web layer keeps sessions and reads headers.
 */
package org.quizmarker.users;
