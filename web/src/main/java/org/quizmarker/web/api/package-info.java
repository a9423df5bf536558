/**
 * The REST API's frame: the application path, the JSON envelope ({@code success}, {@code data},
 * {@code error}, {@code code}), JSON settings, and the mapping of every failure to its status and
 * machine code. Feature resources live in their own packages beside this one.
 */
package org.quizmarker.web.api;
