package fr.comptecitoyen.account.internal;

/**
 * A problem with what was typed in one field of a form.
 *
 * @param field the form field
 * @param code the message code of the French text shown next to it
 */
public record FieldProblem(String field, String code) {

}
