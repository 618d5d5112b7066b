package fr.comptecitoyen.household;

import java.time.LocalDate;

/**
 * Which members a procedure wants to offer: all of them, adults or children only, or
 * those whose age falls in a range on a given day (e.g. children aged 3 to 11 on the
 * first day of the school year).
 *
 * @param kind only this kind, or null for both
 * @param minAge smallest age accepted (inclusive), or null
 * @param maxAge greatest age accepted (inclusive), or null
 * @param on the day ages are counted on, or null for today in the commune
 */
public record MemberFilter(MemberKind kind, Integer minAge, Integer maxAge, LocalDate on) {

	/** Every member. */
	public static MemberFilter all() {
		return new MemberFilter(null, null, null, null);
	}

	/** Adults only. */
	public static MemberFilter adults() {
		return new MemberFilter(MemberKind.ADULT, null, null, null);
	}

	/** Children only. */
	public static MemberFilter children() {
		return new MemberFilter(MemberKind.CHILD, null, null, null);
	}

	/**
	 * Members (adults and children) aged {@code min} to {@code max} years on that day.
	 */
	public static MemberFilter agedBetween(int min, int max, LocalDate on) {
		return new MemberFilter(null, min, max, on);
	}

	/** The same filter, restricted to one kind. */
	public MemberFilter only(MemberKind only) {
		return new MemberFilter(only, this.minAge, this.maxAge, this.on);
	}

	/** Whether a member of that kind and age (on {@link #on()}) passes the filter. */
	public boolean accepts(MemberKind memberKind, int age) {
		return (this.kind == null || this.kind == memberKind) && (this.minAge == null || age >= this.minAge)
				&& (this.maxAge == null || age <= this.maxAge);
	}

}
