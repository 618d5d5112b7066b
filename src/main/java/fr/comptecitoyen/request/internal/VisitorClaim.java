package fr.comptecitoyen.request.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.request.RequestEvents.AttachLinkRequested;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import org.springframework.data.domain.Persistable;

/**
 * One confirmation link to attach a visitor's requests to an account (table
 * {@code visitor_request_claim}): only the SHA-256 of its token is kept. Creating one
 * registers the {@link AttachLinkRequested} event, published when it is saved — the
 * request module publishes nothing by hand.
 */
@Entity
@Table(name = "visitor_request_claim")
class VisitorClaim implements Persistable<String> {

	@Id
	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "account_id")
	private UUID accountId;

	@Column(name = "email")
	private String email;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Transient
	private final transient List<Object> events = new ArrayList<>();

	@Transient
	private transient boolean fresh;

	protected VisitorClaim() {
	}

	/**
	 * A new link for the account's address.
	 * @param tokenHash the SHA-256 of the token, hexadecimal
	 * @param link the confirmation page's path, token included (for the email only)
	 * @param count how many requests wait to be attached
	 */
	VisitorClaim(String tokenHash, UUID accountId, String email, Instant now, Instant expiresAt, String link,
			int count) {
		this.tokenHash = tokenHash;
		this.accountId = accountId;
		this.email = email;
		this.createdAt = now;
		this.expiresAt = expiresAt;
		this.fresh = true;
		this.events.add(new AttachLinkRequested(accountId, email, link, count, now));
	}

	@Override
	public String getId() {
		return this.tokenHash;
	}

	@Override
	public boolean isNew() {
		return this.fresh;
	}

	@DomainEvents
	Collection<Object> events() {
		return List.copyOf(this.events);
	}

	@AfterDomainEventPublication
	void clearEvents() {
		this.events.clear();
		this.fresh = false;
	}

}
