package fr.comptecitoyen.shared;

import java.time.LocalDate;
import java.time.Period;

/**
 * A date of birth typed in one box ({@link InputRules#date}), with the same messages
 * wherever one is asked: registration, profile, household members and the procedures'
 * {@code birth-date} rule. Nothing typed, not a date ({@link InputRules#DATE_MESSAGE}),
 * in the future, or more than {@link #OLDEST} ago (a typing mistake in the year).
 */
public final class BirthDates {

	/** The id and name of the birth date box on the hand-written forms. */
	public static final String FIELD = "birthDate";

	/** Oldest plausible age: no one alive was born before. */
	public static final Period OLDEST = Period.ofYears(130);

	/** Message key: no birth date typed. */
	public static final String MISSING = "shared.birth-date.missing";

	/** Message key: a birth date after today. */
	public static final String FUTURE = "shared.birth-date.future";

	/** Message key: a birth date more than {@code {0}} years ago. */
	public static final String TOO_OLD = "shared.birth-date.too-old";

	private BirthDates() {
	}

	/**
	 * What is wrong with the text typed in {@link #FIELD}, before any rule on the date.
	 * @param typed as typed, may be null
	 * @return {@link #MISSING} or {@link InputRules#DATE_MESSAGE}, or null when it is a
	 * real date
	 */
	public static FieldProblem typing(String typed) {
		if (InputRules.clean(typed).isEmpty()) {
			return new FieldProblem(FIELD, MISSING);
		}
		return (InputRules.date(typed) == null) ? new FieldProblem(FIELD, InputRules.DATE_MESSAGE) : null;
	}

	/**
	 * What is wrong with the text typed in {@link #FIELD}: {@link #typing}, then
	 * {@link #plausibility}.
	 * @param typed as typed, may be null
	 * @param today today in the commune
	 * @return the problem, or null when it is a plausible date of birth
	 */
	public static FieldProblem check(String typed, LocalDate today) {
		FieldProblem typing = typing(typed);
		return (typing != null) ? typing : plausibility(FIELD, InputRules.date(typed), today, OLDEST);
	}

	/**
	 * What is wrong with a date of birth: after today, or more than {@code oldest} ago.
	 * @param field the field that shows the problem
	 * @param date the date of birth
	 * @param today today in the commune
	 * @param oldest the oldest plausible age
	 * @return {@link #FUTURE} or {@link #TOO_OLD} (with the number of years), or null
	 * when it is plausible
	 */
	public static FieldProblem plausibility(String field, LocalDate date, LocalDate today, Period oldest) {
		if (date.isAfter(today)) {
			return new FieldProblem(field, FUTURE);
		}
		return date.isBefore(today.minus(oldest)) ? new FieldProblem(field, TOO_OLD, oldest.getYears()) : null;
	}

}
