package fr.comptecitoyen.security;

import java.time.Duration;

import fr.comptecitoyen.security.RateLimit.Limit;

import org.springframework.stereotype.Component;

/**
 * Limits per client address on what robots would do en masse (FAQ: "contre les robots qui
 * créent des comptes ou des demandes en masse"), on top of the captcha: accounts created
 * and requests sent without an account, per hour and per day. Numbers come from
 * {@link SecuritySettings}; counts from the {@link RateLimit}, so each call is one
 * attempt counted at once.
 */
@Component
public class AntiAutomation {

	private final RateLimit rateLimit;

	private final Limit accountsPerHour;

	private final Limit accountsPerDay;

	private final Limit visitorRequestsPerDay;

	AntiAutomation(RateLimit rateLimit, SecuritySettings settings) {
		this.rateLimit = rateLimit;
		this.accountsPerHour = new Limit("register-hour", settings.accountsPerAddressPerHour(), Duration.ofHours(1));
		this.accountsPerDay = new Limit("register-day", settings.accountsPerAddressPerDay(), Duration.ofDays(1));
		this.visitorRequestsPerDay = new Limit("visitor-request-day", settings.visitorRequestsPerAddressPerDay(),
				Duration.ofDays(1));
	}

	/**
	 * Counts an account creation from this address, unless its hourly or daily limit is
	 * reached.
	 * @param clientAddress the client's address ({@link AuditLog#clientAddress})
	 * @return true if the account may be created
	 */
	public boolean mayCreateAccount(String clientAddress) {
		return this.rateLimit.tryAcquire(this.accountsPerHour, clientAddress)
				&& this.rateLimit.tryAcquire(this.accountsPerDay, clientAddress);
	}

	/**
	 * Counts a request sent without an account (civil-status certificates…) from this
	 * address, unless its daily limit is reached.
	 * @param clientAddress the client's address ({@link AuditLog#clientAddress})
	 * @return true if the request may be sent
	 */
	public boolean maySubmitAsVisitor(String clientAddress) {
		return this.rateLimit.tryAcquire(this.visitorRequestsPerDay, clientAddress);
	}

}
