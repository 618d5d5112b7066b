package fr.comptecitoyen.household.internal;

import java.util.List;

/** The member breaks household rules: nothing was saved. */
public class HouseholdRuleException extends RuntimeException {

	private final List<RuleProblem> problems;

	HouseholdRuleException(List<RuleProblem> problems) {
		super("Household rules broken: " + problems);
		this.problems = List.copyOf(problems);
	}

	/** What is wrong, field by field. */
	public List<RuleProblem> problems() {
		return this.problems;
	}

}
