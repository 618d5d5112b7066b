package fr.comptecitoyen.household.internal;

/**
 * A household rule a member breaks.
 *
 * @param field the form field the message belongs next to
 * @param code the message key
 */
public record RuleProblem(String field, String code) {

}
