package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes the drafts nobody can come back to once their lifetime is over
 * ({@link DraftSettings}): a visitor's (tied to a session long gone) and an agent's entry
 * never sent. Each goes with its files (the attachment purge removes files whose holder
 * is gone). Runs on one instance at a time (ShedLock), in batches of {@value #BATCH},
 * each in its own transaction; when a draft is saved at the very moment it is deleted,
 * the save wins (its version changed) and the run stops, to go on at the next one.
 */
@Component
public class DraftPurge {

	static final int BATCH = 200;

	private final RequestRepository requests;

	private final DraftFiles files;

	private final DraftSettings lifetimes;

	private final Clock clock;

	private final TransactionTemplate transaction;

	DraftPurge(RequestRepository requests, DraftFiles files, DraftSettings lifetimes, Clock clock,
			PlatformTransactionManager transactions) {
		this.requests = requests;
		this.files = files;
		this.lifetimes = lifetimes;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The hourly run, on one instance at a time. */
	@Scheduled(cron = "${cc.drafts.purge-cron:0 37 * * * *}")
	@SchedulerLock(name = "draft-purge", lockAtMostFor = "PT30M")
	public void scheduledRun() {
		purge();
	}

	/**
	 * Deletes every visitor draft and agent entry draft past its lifetime.
	 * @return how many drafts were deleted
	 */
	public int purge() {
		return purge(this.clock.instant());
	}

	/**
	 * The same, as if it were that instant.
	 * @return how many drafts were deleted
	 */
	public int purge(Instant now) {
		Instant visitors = now.minus(this.lifetimes.visitor());
		Instant agents = now.minus(this.lifetimes.agent());
		int deleted = 0;
		for (;;) {
			Integer batch = this.transaction.execute((status) -> {
				List<Request> old = this.requests.abandonedDrafts(visitors, agents, PageRequest.of(0, BATCH));
				old.forEach((draft) -> {
					this.files.deleteAll(draft.getId());
					this.requests.delete(draft);
				});
				return old.size();
			});
			deleted += (batch != null) ? batch : 0;
			if (batch == null || batch < BATCH) {
				return deleted;
			}
		}
	}

}
