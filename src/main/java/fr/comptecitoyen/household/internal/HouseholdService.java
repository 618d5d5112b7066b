package fr.comptecitoyen.household.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountNotEditableException;
import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.HouseholdSummary;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.FieldProblem;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes households. Every change first asks the accounts module whether the
 * account may be edited, then checks the household rules. A validated account may add,
 * change and remove members; a pending one may only add members, each marked "à vérifier"
 * until the town hall validates the account (FAQ: no change before validation, yet the
 * temporary account lets the citizen finish their requests).
 */
@Service
public class HouseholdService implements Household {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final MemberRepository members;

	private final Accounts accounts;

	private final MemberRules rules;

	private final Clock clock;

	HouseholdService(MemberRepository members, Accounts accounts, Clock clock, CitySettings city) {
		this.members = members;
		this.accounts = accounts;
		this.clock = clock;
		this.rules = new MemberRules(clock, city.timeZone());
	}

	@Override
	@Transactional(readOnly = true)
	public List<MemberView> members(UUID accountId, MemberFilter filter) {
		LocalDate on = (filter.on() != null) ? filter.on() : today();
		return this.members.findByAccountIdOrderByKindAscBirthDateAsc(accountId)
			.stream()
			.map((member) -> member.view(on))
			.filter((view) -> filter.accepts(view.kind(), view.age()))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MemberView> member(UUID accountId, String publicId) {
		return this.members.findByAccountIdAndPublicId(accountId, publicId).map((member) -> member.view(today()));
	}

	@Override
	@Transactional(readOnly = true)
	public HouseholdSummary summary(UUID accountId) {
		int adults = 0;
		int children = 0;
		for (Object[] row : this.members.countByKind(accountId)) {
			int count = ((Number) row[1]).intValue();
			if (row[0] == MemberKind.ADULT) {
				adults = count;
			}
			else if (row[0] == MemberKind.CHILD) {
				children = count;
			}
		}
		return new HouseholdSummary(adults, children);
	}

	@Override
	public List<MemberView> all(UUID accountId) {
		return members(accountId, MemberFilter.all());
	}

	/** What the edit form of that member starts from; empty if not in this household. */
	@Transactional(readOnly = true)
	public Optional<MemberDetails> details(UUID accountId, String publicId) {
		return this.members.findByAccountIdAndPublicId(accountId, publicId).map(Member::details);
	}

	/**
	 * Adds a member; added while the account is pending validation, it is "à vérifier".
	 * @throws AccountNotEditableException unless the account is validated or pending
	 * ({@link AccountSummary#mayAddHouseholdMember()})
	 * @throws HouseholdRuleException if the member breaks a household rule
	 */
	@Transactional
	public MemberView add(UUID accountId, MemberDetails details) {
		AccountSummary account = this.accounts.find(accountId)
			.orElseThrow(() -> new IllegalArgumentException("No account " + accountId));
		if (!account.mayAddHouseholdMember()) {
			throw new AccountNotEditableException(account.status());
		}
		List<Member> household = this.members.findByAccountIdOrderByKindAscBirthDateAsc(accountId);
		enforce(details, household);
		boolean toCheck = account.status() == AccountStatus.PENDING;
		Member member = this.members
			.saveAndFlush(new Member(accountId, newPublicId(), details, toCheck, this.clock.instant()));
		this.accounts.recordCitizenChange(accountId);
		return member.view(today());
	}

	/**
	 * Changes a member of this household; empty if there is no such member.
	 * @throws fr.comptecitoyen.account.AccountNotEditableException unless the account is
	 * validated (or a requested correction is pending: the change makes it)
	 * @throws HouseholdRuleException if the change breaks a household rule
	 */
	@Transactional
	public Optional<MemberView> update(UUID accountId, String publicId, MemberDetails details) {
		this.accounts.requireEditable(accountId);
		Optional<Member> found = this.members.findByAccountIdAndPublicId(accountId, publicId);
		found.ifPresent((member) -> {
			List<Member> others = this.members.findByAccountIdOrderByKindAscBirthDateAsc(accountId)
				.stream()
				.filter((other) -> !other.getPublicId().equals(publicId))
				.toList();
			enforce(details, others);
			member.change(details, this.clock.instant());
			// Flush here so that a clash on the unique identity key surfaces as a
			// DataIntegrityViolationException the form can explain.
			this.members.flush();
			this.accounts.recordCitizenChange(accountId);
		});
		return found.map((member) -> member.view(today()));
	}

	/**
	 * Removes a member of this household.
	 * @return whether there was such a member
	 * @throws fr.comptecitoyen.account.AccountNotEditableException unless the account is
	 * validated (or a requested correction is pending: the change makes it)
	 */
	@Transactional
	public boolean remove(UUID accountId, String publicId) {
		this.accounts.requireEditable(accountId);
		Optional<Member> found = this.members.findByAccountIdAndPublicId(accountId, publicId);
		found.ifPresent((member) -> {
			this.members.delete(member);
			this.accounts.recordCitizenChange(accountId);
		});
		return found.isPresent();
	}

	/** Today in the commune, as the rules count ages. */
	public LocalDate today() {
		return this.rules.today();
	}

	private void enforce(MemberDetails details, List<Member> others) {
		List<FieldProblem> problems = this.rules.check(details, others);
		if (!problems.isEmpty()) {
			throw new HouseholdRuleException(problems);
		}
	}

	/** 96 random bits, URL-safe: nothing to guess, nothing to count. */
	private static String newPublicId() {
		byte[] bytes = new byte[12];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
