package fr.comptecitoyen.request;

import java.util.List;
import java.util.UUID;

/**
 * The citizen's drafts (brouillons), for the Accueil tab and Mes Demandes: what to list,
 * when it was last saved, where to resume and where to delete it.
 */
public interface Drafts {

	/**
	 * The account's drafts, most recently saved first. Scoped to the account: another
	 * citizen's drafts never appear.
	 * @param accountId the signed-in citizen's account
	 * @return the drafts
	 */
	List<DraftView> of(UUID accountId);

}
