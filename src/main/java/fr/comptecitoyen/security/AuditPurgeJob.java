package fr.comptecitoyen.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes journal entries older than one year (access logs are kept one year: RGPD, CNIL
 * recommendation on logging). Runs every night on one instance at a time (ShedLock); two
 * runs at once would only delete the same rows.
 */
@Component
public class AuditPurgeJob {

	/** How long entries are kept. */
	public static final Duration RETENTION = Duration.ofDays(365);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AuditPurgeJob(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The nightly run, on one instance at a time. */
	@Scheduled(cron = "${cc.audit.purge-cron:0 20 3 * * *}")
	@SchedulerLock(name = "audit-purge", lockAtMostFor = "PT30M")
	public void scheduledRun() {
		purge();
	}

	/**
	 * Deletes the entries older than the retention.
	 * @return how many were deleted
	 */
	@Transactional
	public int purge() {
		return this.jdbc.update("delete from audit_event where occurred_at < ?",
				Timestamp.from(this.clock.instant().minus(RETENTION)));
	}

}
