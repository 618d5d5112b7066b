package fr.comptecitoyen.shared.web;

import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;

/**
 * A module's part of the Accueil tab of a signed-in citizen (their latest requests,
 * drafts, unread messages…). The shared home page knows no module: it asks every bean of
 * this type to fill the model, and shows the signed-in page when one of them recognised
 * the person.
 */
public interface SignedInHome {

	/**
	 * Adds this module's part of the signed-in home page to the model.
	 * @param model the page's model
	 * @param authentication who is signed in
	 * @return whether this is a signed-in citizen the module filled the page for
	 */
	boolean fill(Model model, Authentication authentication);

}
