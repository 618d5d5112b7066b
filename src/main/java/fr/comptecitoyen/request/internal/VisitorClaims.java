package fr.comptecitoyen.request.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.security.SecretTokens;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attaching to an account the requests a visitor sent without one: only after the citizen
 * proved they read the address those requests were sent from, by opening a one-time link
 * (random 256-bit token, stored hashed, valid {@link #VALIDITY}) emailed to their
 * account's address, while signed in to that same account. Attached requests appear in
 * Mes Demandes; their tracking link stops working.
 */
@Service
public class VisitorClaims {

	/** How long a confirmation link works. */
	public static final Duration VALIDITY = Duration.ofHours(24);

	/** Where the confirmation link leads, before its token. */
	public static final String PATH = "/demandes/rattacher";

	private final JdbcTemplate jdbc;

	private final RequestRepository requests;

	private final VisitorClaimRepository claims;

	private final Clock clock;

	VisitorClaims(JdbcTemplate jdbc, RequestRepository requests, VisitorClaimRepository claims, Clock clock) {
		this.jdbc = jdbc;
		this.requests = requests;
		this.claims = claims;
		this.clock = clock;
	}

	/** The visitor requests sent from the account's address, not yet attached. */
	@Transactional(readOnly = true)
	public List<Request> waiting(AccountSummary account) {
		return (account.email() == null) ? List.of() : this.requests.visitorRequestsOf(account.email());
	}

	/**
	 * Emails a confirmation link to the account's address, when requests wait for it.
	 * @return whether a link was sent
	 */
	@Transactional
	public boolean sendLink(AccountSummary account) {
		List<Request> waiting = waiting(account);
		if (waiting.isEmpty()) {
			return false;
		}
		String token = SecretTokens.newToken();
		Instant now = this.clock.instant();
		this.claims.save(new VisitorClaim(SecretTokens.sha256(token), account.id(), account.email(), now,
				now.plus(VALIDITY), PATH + "/" + token, waiting.size()));
		return true;
	}

	/**
	 * The address a link confirms, if the token is one of this account's, unused and not
	 * expired (and the account still has that address).
	 */
	@Transactional(readOnly = true)
	public Optional<String> confirmed(String token, AccountSummary account) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		return this.jdbc
			.query("select email from visitor_request_claim where token_hash = ? and account_id = ? "
					+ "and used_at is null and expires_at > ?", (rs, i) -> rs.getString(1), SecretTokens.sha256(token),
					account.id(), Timestamp.from(this.clock.instant()))
			.stream()
			.filter((email) -> email.equalsIgnoreCase(account.email()))
			.findFirst();
	}

	/**
	 * Attaches every visitor request of the confirmed address to the account, and spends
	 * the link.
	 * @return the references attached (none when the link does not confirm the address)
	 */
	@Transactional
	public List<String> attach(String token, AccountSummary account) {
		Optional<String> email = confirmed(token, account);
		if (email.isEmpty()) {
			return List.of();
		}
		Instant now = this.clock.instant();
		int spent = this.jdbc.update(
				"update visitor_request_claim set used_at = ? where token_hash = ? and used_at is null",
				Timestamp.from(now), SecretTokens.sha256(token));
		if (spent != 1) {
			return List.of();
		}
		List<Request> found = this.requests.visitorRequestsOf(email.get());
		found.forEach((request) -> request.attachTo(account.id(), now));
		return found.stream().map(Request::getReference).toList();
	}

}
