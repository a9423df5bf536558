/**
 * Jobs and their images (the job items): what was uploaded, how far the background reading has got,
 * and what each image yielded. {@link org.quizmarker.jobs.JobRepository} is the aggregate's only
 * way in and out of the database.
 */
package org.quizmarker.jobs;
