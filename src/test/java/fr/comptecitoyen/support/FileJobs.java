package fr.comptecitoyen.support;

import java.time.Instant;

import fr.comptecitoyen.document.internal.AttachmentJobs;

/**
 * The document module's background jobs on uploaded files, run by tests instead of
 * waiting for their schedule.
 */
public class FileJobs {

	private final AttachmentJobs jobs;

	FileJobs(AttachmentJobs jobs) {
		this.jobs = jobs;
	}

	/**
	 * Removes the files and paper originals, made before that instant, whose draft or
	 * request is gone.
	 * @param before only files older than this are considered
	 * @return how many files were removed
	 */
	public int purgeOrphans(Instant before) {
		return this.jobs.purgeOrphans(before);
	}

}
