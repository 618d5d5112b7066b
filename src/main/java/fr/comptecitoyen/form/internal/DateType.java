package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/**
 * {@code date}: typed as {@code JJ/MM/AAAA} (or ISO), kept as an ISO date; optional
 * {@code min} and {@code max}, absolute or relative to the commune's current day
 * ({@code today}, {@code tomorrow}, {@code +P1D}, {@code -P18Y}). What was typed is kept
 * as typed when it is not a date, so the citizen can correct it.
 */
public class DateType implements FieldType {

	/** How dates are typed and shown. */
	public static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	@Override
	public String name() {
		return "date";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("min", "max");
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		String typed = Ids.param(params, path);
		LocalDate date = (typed != null) ? parse(typed) : null;
		return (date != null) ? date.toString() : typed;
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		LocalDate date = parse(value.toString());
		if (date == null) {
			check.reject(field, path, "", "form.error.date");
			return;
		}
		LocalDate min = Bounds.date(field.min(), check.today());
		LocalDate max = Bounds.date(field.max(), check.today());
		if (min != null && date.isBefore(min)) {
			check.reject(field, path, "", "form.error.date.min", FRENCH.format(min));
		}
		else if (max != null && date.isAfter(max)) {
			check.reject(field, path, "", "form.error.date.max", FRENCH.format(max));
		}
	}

	@Override
	public void verify(FieldDefinition field) {
		LocalDate today = LocalDate.of(2000, 1, 1);
		Bounds.date(field.min(), today);
		Bounds.date(field.max(), today);
	}

	/**
	 * Reads a typed date.
	 * @param text {@code 01/09/2026}, {@code 1/9/2026} or {@code 2026-09-01}
	 * @return the date, or {@code null} when it is not one
	 */
	public static LocalDate parse(String text) {
		String value = text.strip();
		try {
			if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
				return LocalDate.parse(value);
			}
			String[] parts = value.split("[/.\\- ]");
			if (parts.length == 3 && parts[2].length() == 4) {
				return LocalDate.parse(
						String.format("%02d/%02d/%s", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), parts[2]),
						FRENCH);
			}
		}
		catch (DateTimeParseException | NumberFormatException ex) {
			return null;
		}
		return null;
	}

}
