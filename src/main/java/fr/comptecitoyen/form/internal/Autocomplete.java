package fr.comptecitoyen.form.internal;

import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;

/**
 * The {@code autocomplete} tokens of fields that collect the citizen's own data, so that
 * browsers and assistive tools can fill and announce them (WCAG 2.1 success criterion
 * 1.3.5, "Identify Input Purpose"; tokens from the HTML standard's autofill field names).
 * A field gets the token of its prefill binding ({@code account.email} → {@code email}),
 * or the one written in its {@code autocomplete} attribute; an {@code address} field gets
 * one token per part. Fields about someone else (a guest, a child) have no token.
 */
public final class Autocomplete {

	/** The token of each prefill binding of the account holder's own data. */
	static final Map<String, String> BY_PREFILL = Map.of("account.last-name", "family-name", "account.first-name",
			"given-name", "account.email", "email", "account.phone", "tel", "account.birth-date", "bday",
			"account.address", "address");

	/** The token of each part of an own address. */
	static final Map<String, String> ADDRESS_PARTS = Map.of("line", "address-line1", "complement", "address-line2",
			"postcode", "postal-code", "commune", "address-level2");

	/**
	 * The tokens a field may declare: the input purposes of WCAG 2.1 § 7 that a procedure
	 * can ask, {@code address} for a whole address field, and {@code off}.
	 */
	static final Set<String> TOKENS = Set.of("name", "honorific-prefix", "given-name", "additional-name", "family-name",
			"nickname", "organization-title", "organization", "street-address", "address-line1", "address-line2",
			"address-line3", "address-level1", "address-level2", "country", "country-name", "postal-code", "language",
			"bday", "sex", "url", "tel", "tel-national", "email", "address", "off");

	private Autocomplete() {
	}

	/**
	 * Checks a declared token when the definition is loaded.
	 * @param type the field's type
	 * @param token the declared token, or {@code null}
	 * @throws IllegalArgumentException when the token is unknown or does not fit the type
	 */
	static void verify(FieldType type, String token) {
		if (token == null) {
			return;
		}
		if (!TOKENS.contains(token)) {
			throw new IllegalArgumentException("unknown autocomplete token '" + token + "' (known: "
					+ String.join(", ", TOKENS.stream().sorted().toList()) + ")");
		}
		if (!type.input()) {
			throw new IllegalArgumentException("autocomplete applies to fields the citizen fills");
		}
		boolean address = type instanceof AddressType;
		if (address && !token.equals("address") && !token.equals("off")) {
			throw new IllegalArgumentException("an address field takes autocomplete: address or off");
		}
		if (!address && token.equals("address")) {
			throw new IllegalArgumentException("autocomplete: address is for address fields");
		}
	}

	/**
	 * The token of a field's input.
	 * @param field the field
	 * @param part a part of an address ({@code line}, {@code postcode}…), or {@code null}
	 * @return the token, or {@code null} when the field is not about the citizen
	 */
	public static String token(FieldDefinition field, String part) {
		String token = (field.autocomplete() != null) ? field.autocomplete()
				: (field.prefill() != null) ? BY_PREFILL.get(field.prefill()) : null;
		if (token == null || token.equals("off")) {
			return token;
		}
		if (part != null) {
			return token.equals("address") ? ADDRESS_PARTS.get(part) : null;
		}
		return token.equals("address") ? null : token;
	}

}
