package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldRule;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormDefinitionException;
import fr.comptecitoyen.shared.BirthDates;
import fr.comptecitoyen.shared.InputRules;

/**
 * Reads the {@code rules:} of a procedure file into {@link FieldRule}s between top-level
 * {@code date} fields:
 * <ul>
 * <li>{@code {kind: date-order, start: a, end: b}}: {@code b} is the same day as
 * {@code a} or later; the message is shown next to {@code b}, or next to {@code a} with
 * {@code shown-at: start} (when {@code a} is typed after {@code b});</li>
 * <li>{@code {kind: max-span, start: a, end: b, max: P3M}}: {@code b} is at most the
 * period after {@code a} (a whole number of days, months or years, ISO 8601); the message
 * is shown next to {@code b};</li>
 * <li>{@code {kind: birth-date, field: a}}: {@code a} is a plausible date of birth, not
 * in the future and not more than {@code max-age} ago (default {@code P130Y}, beyond the
 * oldest person ever recorded), with the messages of the account forms
 * ({@link BirthDates});</li>
 * <li>{@code {kind: civil-status-access, …}}: who may obtain which document of a
 * civil-status act, see {@link CivilStatusAccess}.</li>
 * </ul>
 * Anything else (unknown kind or attribute, unknown field, a field that is not a date, a
 * field inside a group, a bad period) stops the loading with the place and the problem.
 */
public final class DateRules {

	/** The kinds of rule and the attributes each accepts besides {@code kind}. */
	public static final Map<String, Set<String>> KINDS = Map.of("date-order", Set.of("start", "end", "shown-at"),
			"max-span", Set.of("start", "end", "max"), "birth-date", Set.of("field", "max-age"), "civil-status-access",
			CivilStatusAccess.ATTRIBUTES);

	/** The default oldest plausible age of a person, the same as on the account forms. */
	static final Period OLDEST = BirthDates.OLDEST;

	private DateRules() {
	}

	/**
	 * Reads and checks the rules of a form.
	 * @param node the list under {@code rules:}, or {@code null}
	 * @param form the form the rules apply to
	 * @return the rules, in order
	 * @throws FormDefinitionException naming the rule and the problem
	 */
	static List<FieldRule> read(Object node, FormDefinition form) {
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof List<?> list)) {
			throw new FormDefinitionException("rules", "rules must be a list");
		}
		List<FieldRule> rules = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			String place = "rules > " + (i + 1);
			if (!(list.get(i) instanceof Map<?, ?> map)) {
				throw new FormDefinitionException(place, "expected a mapping (kind: …)");
			}
			Map<String, Object> yaml = new LinkedHashMap<>();
			map.forEach((k, v) -> yaml.put(String.valueOf(k), v));
			String kind = text(yaml, "kind");
			if (kind == null || !KINDS.containsKey(kind)) {
				throw new FormDefinitionException(place, "kind is missing or unknown (known kinds: "
						+ String.join(", ", KINDS.keySet().stream().sorted().toList()) + ")");
			}
			place = place + " (" + kind + ")";
			try {
				rules.add(rule(kind, yaml, form));
			}
			catch (IllegalArgumentException ex) {
				throw new FormDefinitionException(place, ex.getMessage());
			}
		}
		return rules;
	}

	/**
	 * Checks the rules whose target sits in a step, after the step's fields were checked:
	 * a rule is skipped when a field it reads is hidden (by its step or its own
	 * condition) or not a valid date, or when its target already has a problem.
	 * @param form the form
	 * @param step the index of the step being validated
	 * @param check where problems go (with all answers)
	 */
	public static void apply(FormDefinition form, int step, Check check) {
		var values = Validator.values(check.answers(), null);
		for (FieldRule rule : form.rules()) {
			if (rule instanceof CivilStatusAccess access) {
				access.apply(form, step, check);
				continue;
			}
			if (form.stepOf(rule.target()) != step
					|| check.errors().stream().anyMatch((e) -> e.path().equals(rule.target()))) {
				continue;
			}
			Map<String, LocalDate> dates = new LinkedHashMap<>();
			for (String key : rule.fields()) {
				FieldDefinition field = form.field(key).orElseThrow();
				boolean visible = Validator.holds(form.steps().get(form.stepOf(key)).visibleWhen(), values, true)
						&& Validator.holds(field.visibleWhen(), values, true);
				String typed = check.answers().text(key);
				LocalDate date = visible ? InputRules.date(typed) : null;
				if (date != null) {
					dates.put(key, date);
				}
			}
			if (dates.size() == rule.fields().size()) {
				FieldDefinition target = form.field(rule.target()).orElseThrow();
				rule.check(dates::get, check.today())
					.ifPresent((v) -> check.reject(target, target.key(), "", v.code(), v.args().toArray()));
			}
		}
	}

	private static FieldRule rule(String kind, Map<String, Object> yaml, FormDefinition form) {
		for (String name : yaml.keySet()) {
			if (!name.equals("kind") && !KINDS.get(kind).contains(name)) {
				throw new IllegalArgumentException("unknown attribute '" + name + "'");
			}
		}
		if (kind.equals("civil-status-access")) {
			return CivilStatusAccess.read(yaml, form);
		}
		if (kind.equals("birth-date")) {
			FieldDefinition field = dateField(form, yaml, "field");
			Period oldest = (yaml.get("max-age") != null) ? period(yaml, "max-age") : OLDEST;
			if (oldest.getYears() == 0) {
				throw new IllegalArgumentException("max-age must be a number of years, such as P130Y");
			}
			return new BirthDate(field.key(), oldest);
		}
		FieldDefinition start = dateField(form, yaml, "start");
		FieldDefinition end = dateField(form, yaml, "end");
		if (start.key().equals(end.key())) {
			throw new IllegalArgumentException("start and end must be two different fields");
		}
		if (kind.equals("date-order")) {
			String shownAt = text(yaml, "shown-at");
			if (shownAt != null && !shownAt.equals("start") && !shownAt.equals("end")) {
				throw new IllegalArgumentException("shown-at must be start or end, not '" + shownAt + "'");
			}
			return new DateOrder(start.key(), end.key(), start.label(), end.label(), "start".equals(shownAt));
		}
		Period max = period(yaml, "max");
		return new MaxSpan(start.key(), end.key(), start.label(), max);
	}

	private static FieldDefinition dateField(FormDefinition form, Map<String, Object> yaml, String name) {
		String key = text(yaml, name);
		if (key == null) {
			throw new IllegalArgumentException(name + " is missing (the key of a date field)");
		}
		FieldDefinition field = form.field(key)
			.orElseThrow(() -> new IllegalArgumentException(
					name + " refers to unknown field '" + key + "' (rules apply to date fields outside groups)"));
		if (!(FieldTypes.get(field.type()) instanceof DateType)) {
			throw new IllegalArgumentException(name + " refers to field '" + key + "', which is not a date field");
		}
		return field;
	}

	private static Period period(Map<String, Object> yaml, String name) {
		String text = text(yaml, name);
		if (text == null) {
			throw new IllegalArgumentException(name + " is missing (a period such as P3M, P15D or P1Y)");
		}
		Period period;
		try {
			period = Period.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(name + " must be a period such as P3M, P15D or P1Y, not '" + text + "'");
		}
		int units = ((period.getYears() != 0) ? 1 : 0) + ((period.getMonths() != 0) ? 1 : 0)
				+ ((period.getDays() != 0) ? 1 : 0);
		if (units != 1 || period.isNegative()) {
			throw new IllegalArgumentException(
					name + " must be a positive number of days, months or years (P15D, P3M, P1Y), not '" + text + "'");
		}
		return period;
	}

	private static String text(Map<String, Object> yaml, String name) {
		Object value = yaml.get(name);
		return (value != null && !String.valueOf(value).isBlank()) ? String.valueOf(value).strip() : null;
	}

	/**
	 * The message code and amount of a one-unit period: {@code days}, {@code months},
	 * {@code years}.
	 */
	static Object[] unit(Period period) {
		if (period.getYears() != 0) {
			return new Object[] { "years", period.getYears() };
		}
		return (period.getMonths() != 0) ? new Object[] { "months", period.getMonths() }
				: new Object[] { "days", period.getDays() };
	}

	/**
	 * {@code end} is {@code start} or later; the message next to {@code end}, or next to
	 * {@code start} when {@code atStart}.
	 */
	record DateOrder(String start, String end, String startLabel, String endLabel,
			boolean atStart) implements FieldRule {

		@Override
		public String target() {
			return this.atStart ? this.start : this.end;
		}

		@Override
		public List<String> fields() {
			return List.of(this.start, this.end);
		}

		@Override
		public Optional<Violation> check(Function<String, LocalDate> dates, LocalDate today) {
			LocalDate first = dates.apply(this.start);
			LocalDate last = dates.apply(this.end);
			if (!last.isBefore(first)) {
				return Optional.empty();
			}
			return Optional.of(this.atStart
					? new Violation("form.error.rule.order.before",
							List.of(this.endLabel, DateType.FRENCH.format(last)))
					: new Violation("form.error.rule.order", List.of(this.startLabel, DateType.FRENCH.format(first))));
		}

	}

	/** {@code end} is at most {@code max} after {@code start}. */
	record MaxSpan(String start, String end, String startLabel, Period max) implements FieldRule {

		@Override
		public String target() {
			return this.end;
		}

		@Override
		public List<String> fields() {
			return List.of(this.start, this.end);
		}

		@Override
		public Optional<Violation> check(Function<String, LocalDate> dates, LocalDate today) {
			LocalDate latest = dates.apply(this.start).plus(this.max);
			if (!dates.apply(this.end).isAfter(latest)) {
				return Optional.empty();
			}
			Object[] unit = unit(this.max);
			return Optional.of(new Violation("form.error.rule.span." + unit[0],
					List.of(this.startLabel, unit[1], DateType.FRENCH.format(latest))));
		}

	}

	/** {@code field} is not in the future and not more than {@code oldest} ago. */
	record BirthDate(String field, Period oldest) implements FieldRule {

		@Override
		public String target() {
			return this.field;
		}

		@Override
		public List<String> fields() {
			return List.of(this.field);
		}

		@Override
		public Optional<Violation> check(Function<String, LocalDate> dates, LocalDate today) {
			return Optional.ofNullable(BirthDates.plausibility(this.field, dates.apply(this.field), today, this.oldest))
				.map((problem) -> new Violation(problem.code(), problem.arguments()));
		}

	}

}
