package fr.comptecitoyen.request.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.PhoneNumbers;
import fr.comptecitoyen.account.PostalAddress;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.MemberOption;
import fr.comptecitoyen.form.PrefillSource;
import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.household.MemberView;

import org.springframework.stereotype.Component;

/**
 * Typed once, reused: what the form engine may prefill from the citizen's profile, and
 * the people a "pour qui ?" picker offers — the account holder (an adult, offered where
 * the field accepts adults) and the household members.
 */
@Component
public class CitizenForms {

	/**
	 * The picker's id of the account holder (household members have their own opaque
	 * ids); stored in {@code member_public_id} when a request is for the holder.
	 */
	public static final String HOLDER = "titulaire";

	private final Household household;

	CitizenForms(Household household) {
		this.household = household;
	}

	/** The prefill values and members of that account (one query for the household). */
	public FormContext context(AccountSummary account) {
		return new FormContext(prefill(account), members(account));
	}

	static PrefillSource prefill(AccountSummary account) {
		Map<String, Object> values = new LinkedHashMap<>();
		put(values, "account.last-name", account.lastName());
		put(values, "account.first-name", account.firstName());
		put(values, "account.email", account.email());
		put(values, "account.phone", PhoneNumbers.display(account.phone()));
		if (account.birthDate() != null) {
			values.put("account.birth-date", account.birthDate().toString());
		}
		PostalAddress address = account.address();
		if (address != null && !address.isEmpty()) {
			Map<String, Object> parts = new LinkedHashMap<>();
			put(parts, "line", address.line());
			put(parts, "complement", address.complement());
			put(parts, "postcode", address.postcode());
			put(parts, "commune", address.city());
			values.put("account.address", parts);
		}
		return PrefillSource.of(values);
	}

	private List<MemberOption> members(AccountSummary account) {
		List<MemberOption> options = new ArrayList<>();
		options.add(new MemberOption(HOLDER, account.firstName(), account.lastName(), account.birthDate(), false));
		for (MemberView member : this.household.members(account.id(), MemberFilter.all())) {
			options.add(new MemberOption(member.publicId(), member.firstNames(), member.lastName(), member.birthDate(),
					member.kind() == MemberKind.CHILD));
		}
		return options;
	}

	private static void put(Map<String, Object> values, String key, String value) {
		if (value != null && !value.isBlank()) {
			values.put(key, value);
		}
	}

}
