package fr.comptecitoyen.request.web;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.request.internal.Request;

/**
 * A draft as one request to its page sees it: the draft, its pinned revision, the
 * citizen, what the engine may prefill and offer, and the stored answers.
 */
record DraftPage(Request draft, Procedure procedure, AccountSummary account, FormContext context, Answers answers) {

	FormDefinition form() {
		return this.procedure.form();
	}

	String publicId() {
		return this.draft.getPublicId();
	}

	/** The same page with other answers (a step posted but not yet valid). */
	DraftPage withAnswers(Answers other) {
		return new DraftPage(this.draft, this.procedure, this.account, this.context, other);
	}

	/** Whether a step index names a step of the pinned revision. */
	boolean hasStep(int step) {
		return step >= 0 && step < form().steps().size();
	}

}
