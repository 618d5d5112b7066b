package fr.comptecitoyen.request;

import java.time.Instant;

/**
 * A draft as lists show it.
 *
 * @param publicId the draft's opaque id (in its URLs)
 * @param procedureCode the procedure's code
 * @param title the procedure's title
 * @param memberName the household member it is for, when already chosen, or {@code null}
 * @param lastSaved when it was last saved
 * @param resumeUrl where to resume it: the step where the citizen stopped
 * @param deleteUrl the confirmation page that deletes it
 */
public record DraftView(String publicId, String procedureCode, String title, String memberName, Instant lastSaved,
		String resumeUrl, String deleteUrl) {

	/** The path of a draft's page. */
	public static String resumePath(String publicId) {
		return "/demarches/brouillons/" + publicId;
	}

	/** The path of a draft's delete confirmation page. */
	public static String deletePath(String publicId) {
		return resumePath(publicId) + "/supprimer";
	}

}
