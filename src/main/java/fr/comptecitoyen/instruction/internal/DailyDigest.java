package fr.comptecitoyen.instruction.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import fr.comptecitoyen.instruction.StaffEvents;
import fr.comptecitoyen.instruction.StaffEvents.DigestDue;
import fr.comptecitoyen.instruction.StaffEvents.DigestLine;
import fr.comptecitoyen.shared.CitySettings;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily digest an agent may opt in to ("Mes préférences"): one email a day at most,
 * listing the requests of their departments that are new or changed since the previous
 * digest (or since they opted in), none when nothing changed.
 *
 * <p>
 * The job runs each hour (setting {@code cc.digest.interval}) from the hour
 * {@code cc.digest.hour} (commune time, 7 by default), on one instance at a time
 * (ShedLock); each subscription is also claimed with {@code FOR UPDATE SKIP LOCKED} and
 * marked sent for the day in the transaction that raises {@link DigestDue} (whose outbox
 * row is keyed by person and day): even two runs at once send one email.
 */
@Service
public class DailyDigest {

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	private final Departments departments;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final CitySettings city;

	private final Clock clock;

	private final int hour;

	DailyDigest(JdbcTemplate jdbc, NamedParameterJdbcTemplate named, Departments departments,
			ApplicationEventPublisher events, TransactionTemplate transactions, CitySettings city, Clock clock,
			DigestSettings settings) {
		this.jdbc = jdbc;
		this.named = named;
		this.departments = departments;
		this.events = events;
		this.transactions = transactions;
		this.city = city;
		this.clock = clock;
		this.hour = settings.hour();
	}

	/** Whether the person receives the digest. */
	@Transactional(readOnly = true)
	public boolean subscribed(UUID staffId) {
		Integer count = this.jdbc.queryForObject("select count(*) from staff_digest where staff_id = ?", Integer.class,
				staffId);
		return count != null && count > 0;
	}

	/**
	 * Opts in (the first digest covers what changes from now on) or out. Opting in again
	 * keeps the existing subscription.
	 */
	@Transactional
	public void subscribe(UUID staffId, boolean daily) {
		if (!daily) {
			this.jdbc.update("delete from staff_digest where staff_id = ?", staffId);
		}
		else if (!subscribed(staffId)) {
			this.jdbc.update("insert into staff_digest (staff_id, subscribed_at) values (?, ?)", staffId,
					Timestamp.from(this.clock.instant()));
		}
	}

	/** The scheduled run, on one instance at a time. */
	@Scheduled(fixedDelayString = "${cc.digest.interval:1h}", initialDelayString = "${cc.digest.interval:1h}")
	@SchedulerLock(name = "staff-digest", lockAtMostFor = "PT30M")
	public void scheduledRun() {
		if (this.clock.instant().atZone(this.city.timeZone()).getHour() >= this.hour) {
			run();
		}
	}

	/**
	 * Raises the digest of every subscriber who has not had today's and has something
	 * new.
	 * @return how many digests were raised
	 */
	public int run() {
		Integer sent = this.transactions.execute((status) -> sendDue());
		return (sent != null) ? sent : 0;
	}

	private int sendDue() {
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(this.city.timeZone()).toLocalDate();
		List<Subscriber> due = this.jdbc.query(
				"select d.staff_id, d.subscribed_at, d.last_sent_at, m.email, m.display_name from staff_digest d "
						+ "join staff_member m on m.id = d.staff_id where m.disabled_at is null "
						+ "and (d.last_sent_on is null or d.last_sent_on < ?) order by d.staff_id "
						+ "fetch first 500 rows only for update skip locked",
				(rs, i) -> new Subscriber(rs.getObject("staff_id", UUID.class),
						((rs.getTimestamp("last_sent_at") != null) ? rs.getTimestamp("last_sent_at")
								: rs.getTimestamp("subscribed_at"))
							.toInstant(),
						rs.getString("email"), rs.getString("display_name")),
				Date.valueOf(today));
		if (due.isEmpty()) {
			return 0;
		}
		Map<String, String> departmentByProcedure = this.departments.departmentByProcedure();
		int sent = 0;
		for (Subscriber subscriber : due) {
			Set<String> codes = procedures(subscriber.id(), departmentByProcedure);
			int total = codes.isEmpty() ? 0 : count(codes, subscriber.since());
			if (total == 0) {
				continue;
			}
			this.events.publishEvent(new DigestDue(subscriber.id(), today, subscriber.email(), subscriber.name(),
					lines(codes, subscriber.since()), total));
			this.jdbc.update("update staff_digest set last_sent_at = ?, last_sent_on = ? where staff_id = ?",
					Timestamp.from(now), Date.valueOf(today), subscriber.id());
			sent++;
		}
		return sent;
	}

	private Set<String> procedures(UUID staffId, Map<String, String> departmentByProcedure) {
		Set<String> mine = Set.copyOf(this.jdbc.queryForList(
				"select department_code from staff_member_department where staff_id = ?", String.class, staffId));
		return departmentByProcedure.entrySet()
			.stream()
			.filter((entry) -> mine.contains(entry.getValue()))
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet());
	}

	private static final String CHANGED_SINCE = " from citizen_request r where r.reference is not null "
			+ "and r.procedure_code in (:codes) and (r.updated_at > :since "
			+ "or exists (select 1 from attachment a where a.holder_id = r.id and a.created_at > :since))";

	private int count(Set<String> codes, Instant since) {
		Integer count = this.named.queryForObject("select count(*)" + CHANGED_SINCE, parameters(codes, since),
				Integer.class);
		return (count != null) ? count : 0;
	}

	private List<DigestLine> lines(Set<String> codes, Instant since) {
		return this.named.query(
				"select r.reference, r.title, r.status, r.submitted_at" + CHANGED_SINCE
						+ " order by r.updated_at desc fetch first " + StaffEvents.DIGEST_LINES + " rows only",
				parameters(codes, since),
				(rs, i) -> new DigestLine(rs.getString("reference"), rs.getString("title"), rs.getString("status"),
						rs.getTimestamp("submitted_at").toInstant().isAfter(since),
						StaffPaths.REQUESTS + "/" + rs.getString("reference")));
	}

	private static MapSqlParameterSource parameters(Set<String> codes, Instant since) {
		return new MapSqlParameterSource(Map.of("codes", codes, "since", Timestamp.from(since)));
	}

	private record Subscriber(UUID id, Instant since, String email, String name) {
	}

}
