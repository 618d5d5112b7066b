package fr.comptecitoyen.household;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.household.internal.MemberDetails;
import fr.comptecitoyen.household.internal.MemberRules;
import fr.comptecitoyen.household.internal.TestMembers;
import fr.comptecitoyen.shared.FieldProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The household rules against a fixed clock: 27 November 2026, 23:30 UTC, which is
 * already the 28th in Paris (the commune's day counts).
 */
class MemberRulesTests {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final MemberRules RULES = new MemberRules(Clock.fixed(Instant.parse("2026-11-27T23:30:00Z"), PARIS), PARIS);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

	@Test
	void todayIsTheCommunesDay() {
		assertThat(RULES.today()).isEqualTo(TODAY);
	}

	@Test
	void childTurningEighteenTodayIsNoLongerAChild() {
		assertThat(RULES.check(child(TODAY.minusYears(18)), List.of()))
			.containsExactly(new FieldProblem("birthDate", "household.error.child.adult"));
	}

	@Test
	void childTurningEighteenTomorrowIsStillAChild() {
		assertThat(RULES.check(child(TODAY.minusYears(18).plusDays(1)), List.of())).isEmpty();
	}

	@Test
	void childBornTodayIsAccepted() {
		assertThat(RULES.check(child(TODAY), List.of())).isEmpty();
	}

	@Test
	void adultMustBeEighteenOrOver() {
		assertThat(RULES.check(adult(AdultRelation.OTHER_ADULT, TODAY.minusYears(18)), List.of())).isEmpty();
		assertThat(RULES.check(adult(AdultRelation.OTHER_ADULT, TODAY.minusYears(18).plusDays(1)), List.of()))
			.containsExactly(new FieldProblem("birthDate", "household.error.adult.minor"));
	}

	@Test
	void birthDateInTheFutureIsRefused() {
		assertThat(RULES.check(child(TODAY.plusDays(1)), List.of()))
			.containsExactly(new FieldProblem("birthDate", "shared.birth-date.future"));
		assertThat(RULES.check(adult(AdultRelation.OTHER_ADULT, TODAY.plusYears(20)), List.of()))
			.containsExactly(new FieldProblem("birthDate", "shared.birth-date.future"));
	}

	@Test
	void birthDateMoreThan130YearsAgoIsATypingMistake() {
		assertThat(RULES.check(adult(AdultRelation.OTHER_ADULT, LocalDate.of(1850, 1, 1)), List.of()))
			.containsExactly(new FieldProblem("birthDate", "shared.birth-date.too-old", 130));
	}

	@Test
	void samePersonTypedWithOtherAccentsCaseOrHyphensIsADuplicate() {
		LocalDate born = LocalDate.of(2017, 6, 1);
		var existing = TestMembers.member(MemberDetails.child(Sex.F, "Martin", "Léa-Marie", born));
		assertThat(RULES.check(MemberDetails.child(Sex.F, "MARTIN", "lea marie", born), List.of(existing)))
			.containsExactly(new FieldProblem("lastName", "household.error.duplicate"));
	}

	@Test
	void sameNamesWithAnotherBirthDateAreTwoPeople() {
		var existing = TestMembers.member(MemberDetails.child(Sex.F, "Martin", "Léa", LocalDate.of(2017, 6, 1)));
		assertThat(
				RULES.check(MemberDetails.child(Sex.F, "Martin", "Léa", LocalDate.of(2019, 6, 1)), List.of(existing)))
			.isEmpty();
	}

	@Test
	void onlyOneConjoint() {
		var conjoint = TestMembers.member(adult(AdultRelation.CONJOINT, LocalDate.of(1982, 9, 24)));
		assertThat(RULES.check(adult(AdultRelation.CONJOINT, LocalDate.of(1980, 1, 1)), List.of(conjoint)))
			.containsExactly(new FieldProblem("relation", "household.error.conjoint.taken"));
		assertThat(RULES.check(adult(AdultRelation.OTHER_ADULT, LocalDate.of(1980, 1, 1)), List.of(conjoint)))
			.isEmpty();
	}

	@Test
	void conjointMayBeAddedWhenOnlyOtherAdultsExist() {
		var other = TestMembers.member(adult(AdultRelation.OTHER_ADULT, LocalDate.of(1950, 2, 2)));
		assertThat(RULES.check(adult(AdultRelation.CONJOINT, LocalDate.of(1980, 1, 1)), List.of(other))).isEmpty();
	}

	private static MemberDetails child(LocalDate born) {
		return MemberDetails.child(Sex.M, "Durand", "Paul", born);
	}

	private static MemberDetails adult(AdultRelation relation, LocalDate born) {
		return MemberDetails.adult(relation, Civility.MADAME, "Durand", "Anne " + born, born);
	}

}
