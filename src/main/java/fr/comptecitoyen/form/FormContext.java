package fr.comptecitoyen.form;

import java.util.List;

/**
 * What the caller knows about the person filling the form: the values to prefill and the
 * household members a {@code member} field may offer.
 *
 * @param prefill the prefill values
 * @param members the household members (the account holder included when a procedure may
 * be for them)
 */
public record FormContext(PrefillSource prefill, List<MemberOption> members) {

	public FormContext {
		prefill = (prefill != null) ? prefill : PrefillSource.none();
		members = (members != null) ? List.copyOf(members) : List.of();
	}

	/** No prefill, no members. */
	public static FormContext none() {
		return new FormContext(PrefillSource.none(), List.of());
	}

}
