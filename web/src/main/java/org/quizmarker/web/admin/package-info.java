/** Admin views over HTTP (role admin). */
package org.quizmarker.web.admin;
