package fr.comptecitoyen.household.internal;

import fr.comptecitoyen.account.AccountEvents.AccountClosed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forgets the household when its account is closed, in the same transaction as the
 * closing: the members are personal data of the citizen's family.
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

}
