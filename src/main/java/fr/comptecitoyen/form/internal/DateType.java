package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.shared.InputRules;

/**
 * {@code date}: typed as {@code JJ/MM/AAAA} (or ISO), read by {@link InputRules#date}
 * like every date of the portal, kept as an ISO date; optional {@code min} and
 * {@code max}, absolute or relative to the commune's current day ({@code today},
 * {@code tomorrow}, {@code +P1D}, {@code -P18Y}). What was typed is kept as typed when it
 * is not a date, so the citizen can correct it. Rules between dates (order, span,
 * plausible birth date) are in {@link DateRules}.
 */
public class DateType implements FieldType {

	/** How dates are typed and shown: {@code JJ/MM/AAAA}, as everywhere in the portal. */
	public static final DateTimeFormatter FRENCH = InputRules.DATE_FORMAT;

	/**
	 * Settings of a date field.
	 *
	 * @param min the earliest date as written ({@code today}, {@code +P1D}, an ISO date),
	 * or {@code null}
	 * @param max the latest date as written, or {@code null}
	 */
	public record Settings(String min, String max) implements FieldSettings {
	}

	/**
	 * What the fragment needs.
	 *
	 * @param min the earliest date as {@code JJ/MM/AAAA} today, or {@code null}
	 * @param max the latest date as {@code JJ/MM/AAAA} today, or {@code null}
	 */
	public record View(String min, String max) {
	}

	@Override
	public String name() {
		return "date";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("min", "max");
	}

	@Override
	public FieldSettings settings(Attributes yaml) {
		LocalDate someDay = LocalDate.of(2000, 1, 1);
		Bounds.date(yaml.text("min"), someDay);
		Bounds.date(yaml.text("max"), someDay);
		return new Settings(yaml.text("min"), yaml.text("max"));
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		String typed = Ids.param(params, path);
		LocalDate date = InputRules.date(typed);
		return (date != null) ? date.toString() : typed;
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		LocalDate date = InputRules.date(value.toString());
		if (date == null) {
			check.reject(field, path, "", InputRules.DATE_MESSAGE);
			return;
		}
		Settings settings = FieldType.settingsOf(field, Settings.class);
		LocalDate min = Bounds.date(settings.min(), check.today());
		LocalDate max = Bounds.date(settings.max(), check.today());
		if (min != null && date.isBefore(min)) {
			check.reject(field, path, "", "form.error.date.min", FRENCH.format(min));
		}
		else if (max != null && date.isAfter(max)) {
			check.reject(field, path, "", "form.error.date.max", FRENCH.format(max));
		}
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.date.format", "form.date.min", "form.date.max", "form.error.date", "form.error.date.min",
				"form.error.date.max");
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		Settings settings = FieldType.settingsOf(field, Settings.class);
		return new View(shownBound(settings.min(), views.today()), shownBound(settings.max(), views.today()));
	}

	@Override
	public String shown(Object value) {
		return (value instanceof String text) ? french(text) : null;
	}

	/** An ISO date as {@code JJ/MM/AAAA}; anything else as it is. */
	static String french(String text) {
		LocalDate date = text.matches("\\d{4}-\\d{2}-\\d{2}") ? InputRules.date(text) : null;
		return (date != null) ? FRENCH.format(date) : text;
	}

	private static String shownBound(String bound, LocalDate today) {
		return (bound != null) ? FRENCH.format(Bounds.date(bound, today)) : null;
	}

}
