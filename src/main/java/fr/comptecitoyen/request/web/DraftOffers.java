package fr.comptecitoyen.request.web;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.account.CitizenPrincipal;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.DraftView;
import fr.comptecitoyen.request.internal.CitizenForms;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.Request;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The drafts a citizen already has of one procedure, as the procedure page and the «
 * Commencer » page offer to resume them instead of opening a twin: for whom, the first
 * answers, when started and when last saved. Reads only. Used by the templates as
 * {@code @draftOffers} (the catalogue's page may not depend on requests).
 */
@Component("draftOffers")
public class DraftOffers {

	/** How many answers tell drafts apart. */
	private static final int FIRST_ANSWERS = 2;

	private final DraftService drafts;

	private final Accounts accounts;

	private final CitizenForms forms;

	private final FormEngine engine;

	DraftOffers(DraftService drafts, Accounts accounts, CitizenForms forms, FormEngine engine) {
		this.drafts = drafts;
		this.accounts = accounts;
		this.forms = forms;
		this.engine = engine;
	}

	/**
	 * One draft to resume.
	 *
	 * @param resumeUrl where it goes on
	 * @param memberName for whom, or {@code null} before the "pour qui ?" step
	 * @param firstAnswers up to two "label : answer" lines of its first answers
	 * @param startedAt when it was started
	 * @param savedAt when it was last saved
	 */
	public record Offer(String resumeUrl, String memberName, List<String> firstAnswers, Instant startedAt,
			Instant savedAt) {
	}

	/**
	 * The signed-in citizen's drafts of that procedure, last saved first; none for a
	 * visitor.
	 * @param procedureCode the procedure's code
	 */
	public List<Offer> of(String procedureCode) {
		return signedIn().map((citizen) -> of(citizen.accountId(), procedureCode)).orElse(List.of());
	}

	List<Offer> of(java.util.UUID accountId, String procedureCode) {
		List<Request> found = this.drafts.draftsOf(accountId, procedureCode);
		if (found.isEmpty()) {
			return List.of();
		}
		Optional<AccountSummary> account = this.accounts.find(accountId);
		if (account.isEmpty()) {
			return List.of();
		}
		FormContext context = this.forms.context(account.get());
		return found.stream().map((draft) -> offer(draft, context)).toList();
	}

	private Offer offer(Request draft, FormContext context) {
		Procedure procedure = this.drafts.procedure(draft);
		Answers answers = this.drafts.answers(draft);
		List<String> first = this.engine.summary(procedure.form(), answers, List.of(), context)
			.stream()
			.flatMap((step) -> step.summaryFields().stream())
			.filter((field) -> !field.type().equals("member") && !field.empty() && field.text() != null
					&& !field.text().isBlank())
			.limit(FIRST_ANSWERS)
			.map(DraftOffers::line)
			.toList();
		return new Offer(DraftView.resumePath(draft.getPublicId()), draft.getMemberName(), first, draft.getCreatedAt(),
				draft.getUpdatedAt());
	}

	private static String line(FieldView field) {
		String text = field.text().strip();
		return field.label() + " : " + ((text.length() > 60) ? text.substring(0, 59) + "…" : text);
	}

	private static Optional<CitizenPrincipal> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null && authentication.getPrincipal() instanceof CitizenPrincipal citizen)
				? Optional.of(citizen) : Optional.empty();
	}

}
