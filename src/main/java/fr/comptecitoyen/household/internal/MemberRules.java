package fr.comptecitoyen.household.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import fr.comptecitoyen.household.AdultRelation;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.shared.BirthDates;
import fr.comptecitoyen.shared.FieldProblem;

/**
 * The household's rules, checked against today in the commune (from the injected clock):
 * a child is under 18 and an adult 18 or over, nobody is born in the future or more than
 * 130 years ago, nobody is declared twice, and there is at most one conjoint(e).
 */
public class MemberRules {

	/** Coming of age. */
	public static final int MAJORITY = 18;

	/** The field that carries date errors: the one box of the birth date. */
	public static final String DATE_FIELD = BirthDates.FIELD;

	private final Clock clock;

	private final ZoneId zone;

	public MemberRules(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the commune. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/**
	 * What keeps the candidate out of the household.
	 * @param candidate the member as typed
	 * @param others the other members of the same household (the edited member excluded)
	 * @return the problems, empty when the member may be saved
	 */
	public List<FieldProblem> check(MemberDetails candidate, List<Member> others) {
		List<FieldProblem> problems = new ArrayList<>();
		checkAge(candidate, problems);
		if (candidate.kind() == MemberKind.ADULT && candidate.relation() == AdultRelation.CONJOINT
				&& others.stream().anyMatch((other) -> other.getRelation() == AdultRelation.CONJOINT)) {
			problems.add(new FieldProblem("relation", "household.error.conjoint.taken"));
		}
		String key = candidate.identityKey();
		if (others.stream().anyMatch((other) -> Objects.equals(other.getIdentityKey(), key))) {
			problems.add(new FieldProblem("lastName", "household.error.duplicate"));
		}
		return problems;
	}

	private void checkAge(MemberDetails candidate, List<FieldProblem> problems) {
		LocalDate today = today();
		FieldProblem implausible = BirthDates.plausibility(DATE_FIELD, candidate.birthDate(), today, BirthDates.OLDEST);
		if (implausible != null) {
			problems.add(implausible);
			return;
		}
		int age = Period.between(candidate.birthDate(), today).getYears();
		if (candidate.kind() == MemberKind.CHILD && age >= MAJORITY) {
			problems.add(new FieldProblem(DATE_FIELD, "household.error.child.adult"));
		}
		else if (candidate.kind() == MemberKind.ADULT && age < MAJORITY) {
			problems.add(new FieldProblem(DATE_FIELD, "household.error.adult.minor"));
		}
	}

}
