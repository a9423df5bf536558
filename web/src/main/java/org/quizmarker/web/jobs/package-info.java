/** Uploads and jobs over HTTP: the upload endpoint, job status, listing, result, cancel, events. */
package org.quizmarker.web.jobs;
