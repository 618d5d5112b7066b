package fr.comptecitoyen.household.internal;

import fr.comptecitoyen.account.AccountEvents.AccountClosed;
import fr.comptecitoyen.account.AccountEvents.AccountValidated;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the household when its account is closed, in the same transaction as the
 * closing: the members are personal data of the citizen's family. Clears the "à vérifier"
 * marks when the account is validated.
 */
@Component
class HouseholdCleanup {

	private final MemberRepository members;

	HouseholdCleanup(MemberRepository members) {
		this.members = members;
	}

	@EventListener
	@Transactional
	void on(AccountClosed closed) {
		this.members.deleteAllOfAccount(closed.accountId());
	}

	/**
	 * The town hall checked the household with the account: its members are no longer "à
	 * vérifier". Same transaction as the validation.
	 */
	@EventListener
	@Transactional
	void on(AccountValidated validated) {
		this.members.markAllChecked(validated.accountId());
	}

}
