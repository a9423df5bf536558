/** Accounts (teachers and admins) and the API tokens they issue for scripts. */
package org.quizmarker.users;
