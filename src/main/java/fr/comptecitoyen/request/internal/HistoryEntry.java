package fr.comptecitoyen.request.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.Transition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.UuidGenerator;

/**
 * One line of a request's timeline: who did what ({@link Transition}), when, from which
 * status to which.
 */
@Entity
@Table(name = "request_history")
public class HistoryEntry {

	/** Who acted. */
	public enum Actor {

		/** The citizen (or the visitor) who owns the request. */
		CITIZEN,

		/** A town-hall agent. */
		AGENT,

		/** The portal itself (automations). */
		SYSTEM

	}

	// Generated when inserted: a new line has no id, so saving its aggregate (a merge)
	// inserts it without looking it up first.
	@Id
	@GeneratedValue
	@UuidGenerator
	private UUID id;

	@Column(name = "request_id", nullable = false)
	private UUID requestId;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false)
	private Instant at;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Actor actor;

	@Column(name = "actor_name", length = 200)
	private String actorName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Transition verb;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status", length = 20)
	private RequestStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status", nullable = false, length = 20)
	private RequestStatus toStatus;

	@Column(length = 4000)
	private String comment;

	@Column(length = 200)
	private String target;

	@Column(name = "about_date")
	private LocalDate date;

	protected HistoryEntry() {
	}

	HistoryEntry(UUID requestId, int position, Instant at, Actor actor, String actorName, Transition verb,
			RequestStatus from, RequestStatus to, String comment, String target, LocalDate date) {
		this.target = target;
		this.date = date;
		this.requestId = requestId;
		this.position = position;
		this.at = at;
		this.actor = actor;
		this.actorName = actorName;
		this.verb = verb;
		this.fromStatus = from;
		this.toStatus = to;
		this.comment = comment;
	}

	public int getPosition() {
		return this.position;
	}

	public Instant getAt() {
		return this.at;
	}

	public Actor getActor() {
		return this.actor;
	}

	public String getActorName() {
		return this.actorName;
	}

	/** The verb of the lifecycle table that wrote this line. */
	public Transition getVerb() {
		return this.verb;
	}

	public RequestStatus getFromStatus() {
		return this.fromStatus;
	}

	public RequestStatus getToStatus() {
		return this.toStatus;
	}

	public String getComment() {
		return this.comment;
	}

	/**
	 * Whom the verb was about: the assignee's name, or the department an opinion was
	 * asked of or given by; else null.
	 */
	public String getTarget() {
		return this.target;
	}

	/** The date an information message is about (a pickup day), or null. */
	public LocalDate getDate() {
		return this.date;
	}

}
