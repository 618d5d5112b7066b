package fr.comptecitoyen.household.web;

import java.util.Arrays;

import fr.comptecitoyen.account.Civility;
import fr.comptecitoyen.household.AdultRelation;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.household.Sex;
import fr.comptecitoyen.household.internal.MemberDetails;
import fr.comptecitoyen.household.internal.MemberRules;
import fr.comptecitoyen.shared.BirthDates;
import fr.comptecitoyen.shared.FieldProblem;
import fr.comptecitoyen.shared.InputRules.Checked;
import fr.comptecitoyen.shared.InputRules.Problem;
import fr.comptecitoyen.shared.InputRules;
import fr.comptecitoyen.shared.web.FormErrors;

/**
 * Turns a posted {@link MemberForm} into {@link MemberDetails}, or records what is wrong
 * next to each field. The household rules (ages, duplicates, one conjoint) come after, in
 * {@link MemberRules}.
 */
final class MemberFormCheck {

	static final int LAST_NAME_MAX = 100;

	static final int FIRST_NAMES_MAX = 150;

	private MemberFormCheck() {
	}

	/** The parsed member, or null when {@code errors} received at least one error. */
	static MemberDetails check(MemberKind kind, MemberForm form, FormErrors errors) {
		AdultRelation relation = null;
		Civility civility = null;
		Sex sex = null;
		if (kind == MemberKind.ADULT) {
			relation = choice(AdultRelation.class, form.relation(), "relation", "household.error.relation.required",
					errors);
			civility = choice(Civility.class, form.civility(), "civility", "household.error.civility.required", errors);
		}
		else {
			sex = choice(Sex.class, form.sex(), "sex", "household.error.sex.required", errors);
		}
		String lastName = name(form.lastName(), "lastName", LAST_NAME_MAX, errors);
		String firstNames = name(form.firstNames(), "firstNames", FIRST_NAMES_MAX, errors);
		FieldProblem date = BirthDates.typing(form.birthDate());
		if (date != null) {
			errors.add(date);
		}
		if (!errors.isEmpty()) {
			return null;
		}
		return new MemberDetails(kind, relation, civility, sex, lastName, firstNames,
				InputRules.date(form.birthDate()));
	}

	private static String name(String typed, String field, int max, FormErrors errors) {
		Checked name = InputRules.name(typed, max);
		if (name.missing()) {
			errors.add(field, "household.error." + field + ".required");
		}
		else if (name.problem() == Problem.TOO_LONG) {
			errors.add(field, "household.error." + field + ".too-long", max);
		}
		else if (!name.ok()) {
			errors.add(field, "household.error.name.characters");
		}
		return (name.value() != null) ? name.value() : "";
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, String code,
			FormErrors errors) {
		E value = Arrays.stream(type.getEnumConstants())
			.filter((constant) -> constant.name().equals(typed))
			.findFirst()
			.orElse(null);
		if (value == null) {
			errors.add(field, code);
		}
		return value;
	}

}
