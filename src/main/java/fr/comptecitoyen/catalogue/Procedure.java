package fr.comptecitoyen.catalogue;

import java.util.List;

import fr.comptecitoyen.form.FormDefinition;

/**
 * One revision of a procedure ("démarche"), as read from its YAML file. Immutable.
 *
 * @param code the stable code, upper-case letters; appears in request references
 * @param slug the URL name ({@code /services/encombrants})
 * @param revision the revision number, from 1
 * @param title the title
 * @param summary one sentence for the catalogue list
 * @param description what the procedure is for (paragraphs separated by blank lines)
 * @param category the catalogue category
 * @param department the department that handles the requests
 * @param audience who may submit
 * @param captcha whether a captcha is asked
 * @param processingTime how long it usually takes, as the citizen reads it
 * @param documents the supporting documents to prepare
 * @param keywords extra words the search finds it by
 * @param form the form
 * @param automations the automations
 * @param attestation the document issued on acceptance, or {@code null} when the town
 * hall issues none
 */
public record Procedure(String code, String slug, int revision, String title, String summary, String description,
		Category category, String department, Audience audience, boolean captcha, String processingTime,
		List<SupportingDocument> documents, List<String> keywords, FormDefinition form, List<Automation> automations,
		Attestation attestation) {

	public Procedure {
		documents = List.copyOf(documents);
		keywords = List.copyOf(keywords);
		automations = List.copyOf(automations);
	}

	/**
	 * The same definition under another revision number (it is parsed before it is
	 * numbered).
	 */
	public Procedure withRevision(int number) {
		return new Procedure(this.code, this.slug, number, this.title, this.summary, this.description, this.category,
				this.department, this.audience, this.captcha, this.processingTime, this.documents, this.keywords,
				this.form, this.automations, this.attestation);
	}

	/** The paragraphs of the description. */
	public List<String> descriptionParagraphs() {
		return (this.description != null) ? List.of(this.description.strip().split("\\n\\s*\\n")) : List.of();
	}

}
