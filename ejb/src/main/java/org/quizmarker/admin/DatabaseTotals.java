package org.quizmarker.admin;

import java.util.Map;
import org.quizmarker.jobs.JobStatus;

/** The admin overview's counts over the whole database. */
public record DatabaseTotals(Map<JobStatus, Long> jobsByStatus, long images, long storedImages) {}
