package fr.comptecitoyen.form;

import java.util.Map;
import java.util.Optional;

/**
 * The values a form may reuse (typed once and reused), by binding name:
 * {@code account.last-name}, {@code account.first-name}, {@code account.email},
 * {@code account.phone}, {@code account.birth-date}, {@code account.address} (a map with
 * {@code line}, {@code complement}, {@code postcode}, {@code commune}) and
 * {@code member.last-name}, {@code member.first-name}, {@code member.birth-date}.
 * Supplied by the caller (the request module, from the account and household); the
 * {@code member.*} values come from the person of the household the citizen picks
 * ({@link FormEngine#fillFromMember}).
 */
@FunctionalInterface
public interface PrefillSource {

	/**
	 * The value of a binding.
	 * @param binding a binding name such as {@code account.email}
	 * @return the value (a string, or a map for an address), empty when unknown
	 */
	Optional<Object> value(String binding);

	/** A source that knows nothing. */
	static PrefillSource none() {
		return (binding) -> Optional.empty();
	}

	/**
	 * A source backed by a map.
	 * @param values the values by binding name
	 * @return the source
	 */
	static PrefillSource of(Map<String, ?> values) {
		return (binding) -> Optional.ofNullable(values.get(binding));
	}

}
