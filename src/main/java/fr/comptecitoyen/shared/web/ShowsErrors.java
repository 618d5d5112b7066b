package fr.comptecitoyen.shared.web;

/**
 * A model object (a form's values, such as filters) that knows whether the page shows
 * input errors about it: the layout then prefixes the title with "Erreur : " and moves
 * the focus to the error summary (see {@code PageErrorsConfiguration}).
 */
public interface ShowsErrors {

	/** Whether the page shows at least one input error about this object. */
	boolean hasErrors();

}
