package fr.comptecitoyen.household.internal;

import java.util.List;

import fr.comptecitoyen.shared.FieldProblem;

/** The member breaks household rules: nothing was saved. */
public class HouseholdRuleException extends RuntimeException {

	private final List<FieldProblem> problems;

	HouseholdRuleException(List<FieldProblem> problems) {
		super("Household rules broken: " + problems);
		this.problems = List.copyOf(problems);
	}

	/** What is wrong, field by field. */
	public List<FieldProblem> problems() {
		return this.problems;
	}

}
