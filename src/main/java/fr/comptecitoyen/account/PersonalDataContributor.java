package fr.comptecitoyen.account;

import java.util.UUID;

/**
 * A module's part of "Mes données" (the citizen's download of everything the portal holds
 * about them, RGPD article 15). Declare a bean of this type; the export collects them
 * all.
 */
public interface PersonalDataContributor {

	/**
	 * The section's key in the export, e.g. {@code compte}, {@code foyer},
	 * {@code demandes}: a JSON property name, also looked up as the message
	 * {@code data.section.<key>} for the readable page.
	 */
	String section();

	/**
	 * Everything this module holds about the account's owner and household, as plain
	 * values (records, maps, lists, strings, dates): it is written as JSON. Scope every
	 * query to this account.
	 * @param accountId the signed-in citizen's account
	 */
	Object data(UUID accountId);

}
