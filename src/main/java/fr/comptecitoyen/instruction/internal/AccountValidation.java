package fr.comptecitoyen.instruction.internal;

import java.util.List;
import java.util.Optional;

import fr.comptecitoyen.account.AccountStatusChange;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.PendingAccounts;
import fr.comptecitoyen.account.PendingAccounts.DuplicateHint;
import fr.comptecitoyen.account.PendingAccounts.AwaitingCorrection;
import fr.comptecitoyen.account.PendingAccounts.PendingAccount;
import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.instruction.StaffPrincipal;
import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.CitizenRequests.Line;
import fr.comptecitoyen.security.AuditLog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account validators' work on pending accounts: what they see of an account (each
 * view journalled) and their three decisions, each one transaction with its email
 * (through the account's lifecycle) and its journal entry. A decision on an account that
 * is no longer pending (another validator was quicker) throws and leaves nothing behind.
 */
@Service
public class AccountValidation {

	private static final int REQUESTS_SHOWN = 20;

	private final Accounts accounts;

	private final PendingAccounts pending;

	private final Household household;

	private final CitizenRequests requests;

	private final AuditLog audit;

	AccountValidation(Accounts accounts, PendingAccounts pending, Household household, CitizenRequests requests,
			AuditLog audit) {
		this.accounts = accounts;
		this.pending = pending;
		this.household = household;
		this.requests = requests;
		this.audit = audit;
	}

	/** Pending accounts, oldest first. */
	public List<PendingAccount> queue(int limit) {
		return this.pending.queue(limit);
	}

	/**
	 * Accounts waiting for their holder's correction, with the date it was asked (they
	 * come back to the queue when the citizen saves a change).
	 */
	public List<AwaitingCorrection> awaitingCorrection(int limit) {
		return this.pending.awaitingCorrection(limit);
	}

	/** How many accounts are in the queue. */
	public long queueCount() {
		return this.pending.count();
	}

	/**
	 * Everything a validator checks about an account, journalled as a view.
	 * @return empty when no account has that identifier
	 */
	@Transactional
	public Optional<Review> review(StaffPrincipal staff, String username, HttpServletRequest request) {
		Optional<PendingAccount> found = this.pending.findByUsername(username);
		found.ifPresent((account) -> this.audit.recordStaff(AuditLog.Action.ACCOUNT_VIEWED, staff.getUsername(),
				object(account.username()), request));
		return found.map((account) -> new Review(account, this.household.all(account.id()),
				this.requests.latest(account.id(), REQUESTS_SHOWN), this.pending.duplicates(account.id()),
				this.accounts.history(account.id())));
	}

	/** An account by its identifier, without journalling a view (decisions). */
	@Transactional(readOnly = true)
	public Optional<PendingAccount> find(String username) {
		return this.pending.findByUsername(username);
	}

	/** Validates the account. */
	@Transactional
	public void validate(StaffPrincipal staff, PendingAccount account, HttpServletRequest request) {
		this.accounts.validate(account.id(), staff.getUsername());
		this.audit.recordStaff(AuditLog.Action.ACCOUNT_VALIDATED, staff.getUsername(), object(account.username()),
				request);
	}

	/** Asks the citizen to correct the account. */
	@Transactional
	public void askCorrection(StaffPrincipal staff, PendingAccount account, String message,
			HttpServletRequest request) {
		this.accounts.askCorrection(account.id(), staff.getUsername(), message.strip());
		this.audit.recordStaff(AuditLog.Action.ACCOUNT_CORRECTION_ASKED, staff.getUsername(),
				object(account.username()), request);
	}

	/** Refuses the account (its sessions end). */
	@Transactional
	public void reject(StaffPrincipal staff, PendingAccount account, String reason, HttpServletRequest request) {
		this.accounts.reject(account.id(), staff.getUsername(), reason.strip());
		this.audit.recordStaff(AuditLog.Action.ACCOUNT_REJECTED, staff.getUsername(), object(account.username()),
				request);
	}

	/** How an account appears in the journal's "object" column. */
	public static String object(String username) {
		return "compte:" + username;
	}

	/**
	 * An account under review.
	 *
	 * @param account identity and contact data
	 * @param members the declared household
	 * @param requests the latest requests sent
	 * @param duplicates other accounts that may be the same person
	 * @param history status changes and corrections asked
	 */
	public record Review(PendingAccount account, List<MemberView> members, List<Line> requests,
			List<DuplicateHint> duplicates, List<AccountStatusChange> history) {
	}

}
