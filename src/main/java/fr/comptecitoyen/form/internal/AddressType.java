package fr.comptecitoyen.form.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.Wording;
import fr.comptecitoyen.shared.InputRules;

/**
 * {@code address}: a French postal address, kept as a map with {@code line},
 * {@code complement}, {@code postcode} (five digits) and {@code commune}.
 */
public class AddressType implements FieldType {

	/** The parts of an address, in the order they are typed. */
	public static final List<String> PARTS = List.of("line", "complement", "postcode", "commune");

	@Override
	public String name() {
		return "address";
	}

	@Override
	public Set<String> attributes() {
		return Set.of();
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		Map<String, Object> address = new LinkedHashMap<>();
		for (String part : PARTS) {
			String value = Ids.param(params, path + "." + part);
			if (value != null) {
				address.put(part, value);
			}
		}
		return address.isEmpty() ? null : address;
	}

	/**
	 * Checks each part on its own, so that every part to correct is told at once: the
	 * street (required, {@link InputRules#ADDRESS_LINE_MAX} characters at most), the
	 * complement (as long), the postcode (five digits) and the commune (required,
	 * {@link InputRules#COMMUNE_MAX} characters at most).
	 */
	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		Map<?, ?> address = (value instanceof Map<?, ?> map) ? map : Map.of();
		String line = text(address, "line");
		String commune = text(address, "commune");
		if (line.isEmpty()) {
			check.reject(field, path, "-line", "form.error.address.line");
		}
		else if (line.length() > InputRules.ADDRESS_LINE_MAX) {
			check.reject(field, path, "-line", "form.error.address.line.tooLong", InputRules.ADDRESS_LINE_MAX);
		}
		if (text(address, "complement").length() > InputRules.ADDRESS_LINE_MAX) {
			check.reject(field, path, "-complement", "form.error.address.complement.tooLong",
					InputRules.ADDRESS_LINE_MAX);
		}
		if (!InputRules.postcode(text(address, "postcode")).ok()) {
			check.reject(field, path, "-postcode", "form.error.address.postcode");
		}
		if (commune.isEmpty()) {
			check.reject(field, path, "-commune", "form.error.address.commune");
		}
		else if (commune.length() > InputRules.COMMUNE_MAX) {
			check.reject(field, path, "-commune", "form.error.address.commune.tooLong", InputRules.COMMUNE_MAX);
		}
	}

	/**
	 * The problems of each part, for the fragment: all of them are told under the legend,
	 * and each part in error is marked so.
	 *
	 * @param errors the field's problems, in the order of the parts
	 * @param invalidParts the boxes in error ({@code line}, {@code postcode}…)
	 */
	public record View(List<FieldError> errors, Set<String> invalidParts) {

		/** Whether this part's box is in error. */
		public boolean invalid(String part) {
			return this.invalidParts.contains(part);
		}

	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		List<FieldError> errors = views.errorsOf(path);
		if (errors.stream().anyMatch((error) -> error.code().equals(missingCode()))) {
			// Left empty: every box it needs is to be filled.
			return new View(errors, Set.of("line", "postcode", "commune"));
		}
		String prefix = Ids.of(path) + "-";
		Set<String> parts = errors.stream()
			.map(FieldError::target)
			.filter((target) -> target.startsWith(prefix))
			.map((target) -> target.substring(prefix.length()))
			.collect(Collectors.toSet());
		return new View(errors, parts);
	}

	/** An address left empty: the message says which boxes to fill. */
	@Override
	public String missingCode() {
		return "form.error.address.missing";
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "-line";
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.address.line", "form.address.complement", "form.address.postcode", "form.address.commune",
				"form.error.address.line", "form.error.address.postcode", "form.error.address.commune",
				"form.error.address.missing", "form.error.address.line.tooLong",
				"form.error.address.complement.tooLong", "form.error.address.commune.tooLong");
	}

	@Override
	public String plain(FieldView field, Wording wording) {
		String town = Stream.of(field.part("postcode"), field.part("commune"))
			.filter((part) -> part != null)
			.collect(Collectors.joining(" "));
		return Stream.of(field.part("line"), field.part("complement"), town)
			.filter((part) -> part != null && !part.isBlank())
			.collect(Collectors.joining(", "));
	}

	private static String text(Map<?, ?> address, String part) {
		Object value = address.get(part);
		return (value != null) ? value.toString().strip() : "";
	}

}
