package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.CredentialEvents.PasswordChanged;
import fr.comptecitoyen.account.CredentialEvents.PasswordResetRequested;
import fr.comptecitoyen.account.internal.AccountTokens.Issued;
import fr.comptecitoyen.account.internal.AccountTokens.Purpose;
import fr.comptecitoyen.account.internal.AccountTokens.Valid;
import fr.comptecitoyen.security.AuditLog;
import fr.comptecitoyen.security.CitizenSignIn;
import fr.comptecitoyen.security.PasswordPolicy;
import fr.comptecitoyen.security.RateLimit;
import fr.comptecitoyen.security.RateLimit.Limit;
import fr.comptecitoyen.security.SessionControl;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.web.LocalPaths;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mot de passe oublié ?": an identifier or an email address gives a single-use link by
 * email (60 minutes; the newest voids the older ones), and the link gives a new password,
 * which ends every session of the account. The answer never tells whether an account
 * exists; when an address is shared by several accounts, each gets its own link.
 */
@Service
public class PasswordRecovery {

	/** How long a link works. */
	public static final Duration VALIDITY = Duration.ofMinutes(60);

	/** Links sent for one account in an hour at most; later requests send none. */
	public static final int LINKS_PER_HOUR = 5;

	/**
	 * Links per account, per hour, however it was named (its identifier, its email
	 * address, in any letter case).
	 */
	static final Limit PER_ACCOUNT = new Limit("recovery-account", LINKS_PER_HOUR, Duration.ofHours(1));

	/** Requests per client address, per hour (a town-hall counter may share one). */
	static final Limit PER_ADDRESS = new Limit("recovery-ip", 30, Duration.ofHours(1));

	static final String LINK_PATH = "/mot-de-passe-oublie/";

	private final AccountRepository accounts;

	private final AccountTokens tokens;

	private final RateLimit quota;

	private final PasswordRules rules;

	private final PasswordEncoder encoder;

	private final SessionControl sessions;

	private final CitizenSignIn signIn;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final CitySettings city;

	private final Clock clock;

	PasswordRecovery(AccountRepository accounts, AccountTokens tokens, RateLimit quota, PasswordRules rules,
			PasswordEncoder encoder, SessionControl sessions, CitizenSignIn signIn, AuditLog audit,
			ApplicationEventPublisher events, CitySettings city, Clock clock) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.quota = quota;
		this.rules = rules;
		this.encoder = encoder;
		this.sessions = sessions;
		this.signIn = signIn;
		this.audit = audit;
		this.events = events;
		this.city = city;
		this.clock = clock;
	}

	/**
	 * Sends a link to each account the identifier or address designates, within the
	 * quotas. Says nothing back: the caller shows the same page whatever happened.
	 * @param typed an identifier or an email address, as typed
	 * @param retour the page the person was going to when signing in (carried in the link
	 * to the sign-in that follows the new password), or null
	 * @param request the request, for its client address
	 */
	@Transactional
	public void request(String typed, String retour, HttpServletRequest request) {
		String identifier = (typed == null) ? "" : typed.strip().toLowerCase(Locale.ROOT);
		boolean withinQuota = this.quota.tryAcquire(PER_ADDRESS, AuditLog.clientAddress(request));
		List<Account> targets = (withinQuota ? designated(identifier) : List.<Account>of()).stream()
			.filter((account) -> this.quota.tryAcquire(PER_ACCOUNT, account.getId().toString()))
			.toList();
		if (targets.isEmpty()) {
			// Comparable work when nobody is found, so that timing tells nothing either.
			AccountTokens.hash(AccountTokens.newToken());
			return;
		}
		for (Account account : targets) {
			Issued issued = this.tokens.issue(account.getId(), Purpose.PASSWORD_RESET, VALIDITY, null);
			this.events.publishEvent(new PasswordResetRequested(UUID.randomUUID(), account.getId(),
					account.getUsername(), account.getEmail(), account.getDisplayName(),
					this.city.link(LocalPaths.withRetour(LINK_PATH + issued.token(), retour)), issued.expiresAt()));
			this.audit.record(AuditLog.Action.PASSWORD_RESET_REQUESTED, account.getUsername(), account.getId(),
					request);
		}
	}

	private List<Account> designated(String identifier) {
		if (identifier.isEmpty() || identifier.length() > 254) {
			return List.of();
		}
		List<Account> found = identifier.contains("@") ? this.accounts.findByEmail(identifier)
				: this.accounts.findByUsername(identifier).map(List::of).orElse(List.of());
		return found.stream().filter((account) -> account.getStatus().maySignIn()).toList();
	}

	/** The account a link is for, if the link can still be used. */
	@Transactional(readOnly = true)
	public Optional<Account> accountOf(String token) {
		return this.tokens.find(token, Purpose.PASSWORD_RESET)
			.flatMap((valid) -> this.accounts.findById(valid.accountId()))
			.filter((account) -> account.getStatus().maySignIn());
	}

	/**
	 * Sets the new password if acceptable, spends the link and ends every session of the
	 * account.
	 * @return the problems, as message codes by field ({@code password},
	 * {@code confirmation}); empty when the password was changed
	 * @throws InvalidLinkException when the link cannot be used
	 */
	@Transactional
	public List<FieldProblem> reset(String token, String password, String confirmation, HttpServletRequest request) {
		Valid valid = this.tokens.find(token, Purpose.PASSWORD_RESET).orElseThrow(InvalidLinkException::new);
		Account account = this.accounts.findById(valid.accountId())
			.filter((candidate) -> candidate.getStatus().maySignIn())
			.orElseThrow(InvalidLinkException::new);
		List<FieldProblem> problems = checkReplacing(account, password, confirmation, this.rules, this.encoder);
		if (!problems.isEmpty()) {
			return problems;
		}
		if (!this.tokens.spend(valid)) {
			throw new InvalidLinkException();
		}
		account.changePasswordHash(this.encoder.encode(password), this.clock.instant());
		this.events.publishEvent(new PasswordChanged(UUID.randomUUID(), account.getId(), account.getUsername(),
				account.getEmail(), account.getDisplayName(), this.clock.instant()));
		this.audit.record(AuditLog.Action.PASSWORD_RESET, account.getUsername(), account.getId(), request);
		this.sessions.endAll(account.getUsername());
		this.signIn.forgetFailures(account.getUsername(), account.getEmail());
		return List.of();
	}

	/**
	 * The policy's verdict on a new password and its confirmation.
	 * @return the problems by field ({@code password}, {@code confirmation}); empty if
	 * fine
	 */
	static List<FieldProblem> check(Account account, String password, String confirmation, PasswordRules rules) {
		List<FieldProblem> problems = new ArrayList<>();
		rules.problems(account, password).forEach((code) -> problems.add(new FieldProblem("password", code)));
		if (confirmation == null || confirmation.isEmpty()) {
			problems.add(new FieldProblem("confirmation", PasswordRules.CONFIRMATION_MISSING));
		}
		else if (!PasswordRules.confirmed(password, confirmation)) {
			problems.add(new FieldProblem("confirmation", PasswordRules.MISMATCH));
		}
		return problems;
	}

	/**
	 * {@link #check(Account, String, String, PasswordRules)}, then a password otherwise
	 * acceptable compared with the account's own (one more hash, only then): a password
	 * changed or reset, perhaps because someone else saw it, must not stay the same. Only
	 * for someone who proved they may replace it (the current password typed right, or
	 * the reset link of the account's mailbox).
	 * @return the problems by field; empty if fine
	 */
	static List<FieldProblem> checkReplacing(Account account, String password, String confirmation, PasswordRules rules,
			PasswordEncoder encoder) {
		List<FieldProblem> problems = check(account, password, confirmation, rules);
		if (problems.isEmpty() && PasswordPolicy.reuses(password, account.getPasswordHash(), encoder)) {
			problems.add(new FieldProblem("password", PasswordPolicy.REUSED));
		}
		return problems;
	}

}
