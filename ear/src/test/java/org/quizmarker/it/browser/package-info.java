/**
 * Browser tests of the web application: Debian's Chromium driven by Selenium against the server
 * Arquillian provisions, as a teacher, an admin and a monitor would use it. Screenshots of the main
 * pages (and of any failure) go to {@code ear/target/screenshots/}.
 */
package org.quizmarker.it.browser;
