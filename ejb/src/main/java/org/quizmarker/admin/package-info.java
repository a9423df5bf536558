/** What admins watch: jobs of all users, stored images, and the work queues. */
package org.quizmarker.admin;
