package fr.comptecitoyen.request.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import fr.comptecitoyen.account.AccountStatus;
import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldError;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.RequestStatus;
import tools.jackson.databind.json.JsonMapper;

import fr.comptecitoyen.security.SealedTokens;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a draft ("Envoyer ma demande"): everything validated again on its pinned
 * revision, the account's state checked, the final answers stored, a reference given, the
 * status moved and the acknowledgement written to the outbox — all in one transaction, in
 * a handful of statements.
 *
 * <p>
 * A double post makes one request: the Récapitulatif carries a one-time submission key
 * (unique in the table), a draft already sent answers with its reference, and when two
 * posts race, the loser's transaction fails on the row's version or the key and is
 * retried, then finds the winner's request.
 */
@Service
public class Submission {

	private static final int ATTEMPTS = 3;

	private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

	private final SecureRandom random = new SecureRandom();

	private static final int REFERENCE_TRIES = 5;

	private final RequestRepository requests;

	private final DraftService drafts;

	private final Accounts accounts;

	private final CitizenForms forms;

	private final FormEngine engine;

	private final AnswerLines lines;

	private final References references;

	private final JsonMapper json;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final DraftFiles files;

	private final SealedTokens sealed;

	Submission(RequestRepository requests, DraftService drafts, Accounts accounts, CitizenForms forms,
			FormEngine engine, AnswerLines lines, References references, JsonMapper json, Clock clock,
			PlatformTransactionManager transactions, DraftFiles files, SealedTokens sealed) {
		this.files = files;
		this.sealed = sealed;
		this.requests = requests;
		this.drafts = drafts;
		this.accounts = accounts;
		this.forms = forms;
		this.engine = engine;
		this.lines = lines;
		this.references = references;
		this.json = json;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** What became of a send. */
	public sealed interface Outcome {

	}

	/**
	 * Sent (now or by an earlier post): the reference to show.
	 *
	 * @param justSent whether this call sent it (false when an earlier post had)
	 */
	public record Sent(String reference, boolean justSent) implements Outcome {

		/** Sent by an earlier post. */
		public Sent(String reference) {
			this(reference, false);
		}

	}

	/** Some answers are missing or wrong: back to the Récapitulatif. */
	public record Invalid(List<FieldError> errors) implements Outcome {
	}

	/** The account may not submit (rejected, suspended, closed). */
	public record Refused(AccountStatus status) implements Outcome {
	}

	/** No such draft for that citizen. */
	public record NotFound() implements Outcome {
	}

	/**
	 * Sends the citizen's draft.
	 * @param accountId the signed-in citizen
	 * @param publicId the draft
	 * @param submissionKey the one-time key of the Récapitulatif page
	 * @return the outcome
	 */
	public Outcome submit(UUID accountId, String publicId, String submissionKey) {
		return submit(accountId, publicId, submissionKey, this.clock.instant());
	}

	/** The same, sent at a given time (the demo's requests were sent days ago). */
	Outcome submit(UUID accountId, String publicId, String submissionKey, Instant now) {
		String key = key(submissionKey);
		return retrying(() -> submitOnce(accountId, publicId, key, now));
	}

	/**
	 * The Récapitulatif's one-time key, or a fresh one when it is missing or malformed.
	 */
	private String key(String submissionKey) {
		return (submissionKey != null && KEY.matcher(submissionKey).matches()) ? submissionKey : newKey();
	}

	/**
	 * Runs one send in its own transaction, again when it lost a race: another post of
	 * the same draft won, or (once in a billion) the reference was taken in between; the
	 * next try finds the sent request or draws anew.
	 */
	private Outcome retrying(java.util.function.Supplier<Outcome> once) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transaction.execute((status) -> once.get());
			}
			catch (OptimisticLockingFailureException | PessimisticLockingFailureException
					| DataIntegrityViolationException ex) {
				if (attempt >= ATTEMPTS) {
					throw ex;
				}
			}
		}
	}

	/** A fresh one-time key for a Récapitulatif page (128 random bits). */
	public String newKey() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * What every send does first: a post already sent with this key answers with its
	 * reference; else the draft is locked (a second post of the same draft waits here,
	 * then finds it sent, instead of deadlocking with the first one over the history
	 * rows), and one already sent answers with its reference too.
	 * @param already the request sent with this post's key, if any
	 * @param lock locks the draft, empty when it is not the caller's
	 * @param send sends the locked draft
	 */
	private static Outcome sendLocked(Optional<Request> already, Supplier<Optional<Request>> lock,
			Function<Request, Outcome> send) {
		if (already.isPresent()) {
			return new Sent(already.get().getReference());
		}
		Request draft = lock.get().orElse(null);
		if (draft == null) {
			return new NotFound();
		}
		if (draft.getStatus() != RequestStatus.DRAFT) {
			return new Sent(draft.getReference());
		}
		return send.apply(draft);
	}

	/**
	 * The account's names, address and state as they are when it sends (the queue's
	 * columns).
	 */
	private static void sentByAccount(Request draft, AccountSummary account) {
		draft.sentBy(QueueSearch.displayName(account), QueueSearch.nameKey(account),
				(account.email() != null) ? account.email().toLowerCase(java.util.Locale.ROOT) : null,
				account.status() == AccountStatus.PENDING);
	}

	private Outcome submitOnce(UUID accountId, String publicId, String submissionKey, Instant now) {
		return sendLocked(this.requests.findBySubmissionKeyAndAccountId(submissionKey, accountId),
				() -> this.requests.lockByPublicIdAndAccountId(publicId, accountId),
				(draft) -> sendCitizenDraft(draft, accountId, submissionKey, now));
	}

	private Outcome sendCitizenDraft(Request draft, UUID accountId, String submissionKey, Instant now) {
		AccountSummary account = this.accounts.find(accountId).orElseThrow();
		if (!account.status().maySubmit()) {
			return new Refused(account.status());
		}
		Procedure procedure = this.drafts.procedure(draft);
		FormContext context = this.forms.context(account);
		Answers answers = this.files.mirror(procedure.form(), draft.getId(), this.drafts.answers(draft));
		List<FieldError> errors = this.engine.validate(procedure.form(), answers, context);
		if (!errors.isEmpty()) {
			return new Invalid(errors);
		}
		Answers kept = this.engine.finalAnswers(procedure.form(), answers, context);
		// Drawn before the entity changes, so that its query does not flush a first
		// update.
		String reference = newReference(procedure.code());
		DraftService.Member member = DraftService.member(procedure.form(), kept);
		draft.saveDraft(kept.toJson(this.json), DraftService.SUMMARY, member.id(), member.name(), now);
		Contents contents = contents(procedure, draft, kept);
		sentByAccount(draft, account);
		draft.submit(reference, submissionKey, account.username(), account.email(), contents.summary(),
				contents.toBring(), now);
		this.requests.saveAndFlush(draft);
		return new Sent(draft.getReference(), true);
	}

	/**
	 * Sends a visitor's draft (a procedure open to anyone; the captcha and the rate limit
	 * were passed): validated again on its revision without any account data, the address
	 * kept, a tracking token drawn (only its hash stored) and the acknowledgement with
	 * the tracking link written to the outbox.
	 * @param publicId the visitor's draft
	 * @param email the address the visitor gave (already checked)
	 * @param submissionKey the one-time key of the Récapitulatif page
	 * @return the outcome ({@link NotFound} for a draft of an account, or of a procedure
	 * that needs one)
	 */
	public Outcome submitAsVisitor(String publicId, String email, String submissionKey) {
		String key = key(submissionKey);
		Instant now = this.clock.instant();
		return retrying(() -> submitVisitorOnce(publicId, email, key, now));
	}

	private Outcome submitVisitorOnce(String publicId, String email, String submissionKey, Instant now) {
		return sendLocked(this.requests.findVisitorSubmission(submissionKey),
				() -> this.requests.lockVisitorDraft(publicId),
				(draft) -> sendVisitorDraft(draft, email, submissionKey, now));
	}

	private Outcome sendVisitorDraft(Request draft, String email, String submissionKey, Instant now) {
		Procedure procedure = this.drafts.procedure(draft);
		if (procedure.audience() != fr.comptecitoyen.catalogue.Audience.ANYONE) {
			return new NotFound();
		}
		FormContext context = FormContext.none();
		Answers answers = this.drafts.answers(draft);
		List<FieldError> errors = this.engine.validate(procedure.form(), answers, context);
		if (!errors.isEmpty()) {
			return new Invalid(errors);
		}
		Answers kept = this.engine.finalAnswers(procedure.form(), answers, context);
		String reference = newReference(procedure.code());
		draft.saveDraft(kept.toJson(this.json), DraftService.SUMMARY, null, null, now);
		String token = fr.comptecitoyen.security.SecretTokens.newToken();
		String lastName = requesterAnswer(procedure, kept, "account.last-name");
		String firstName = requesterAnswer(procedure, kept, "account.first-name");
		boolean named = !(lastName.isEmpty() && firstName.isEmpty());
		draft.sentBy(named ? QueueSearch.displayName(firstName, lastName) : null,
				named ? QueueSearch.nameKey(lastName, firstName) : null, email.toLowerCase(java.util.Locale.ROOT),
				false);
		draft.submitAsVisitor(reference, submissionKey, email, fr.comptecitoyen.security.SecretTokens.sha256(token),
				this.sealed.seal(token), "/suivi/" + token, this.lines.of(procedure.form(), kept), List.of(), now);
		this.requests.saveAndFlush(draft);
		return new Sent(draft.getReference(), true);
	}

	/**
	 * Sends a draft an agent entered for someone (the agent checked who they are; no
	 * captcha): validated again on its revision with the person's account data if any,
	 * then given to their account, or tracked like a visitor's request (a tracking link
	 * emailed to the address given; nothing emailed when only a postal address was
	 * given).
	 * @param staffId the agent who entered it (a draft of another agent is not found)
	 * @param publicId the draft
	 * @param submissionKey the one-time key of the Récapitulatif page
	 * @return the outcome ({@link Refused} when the person's account may not submit)
	 */
	public Outcome submitByAgent(UUID staffId, String publicId, String submissionKey) {
		String key = key(submissionKey);
		Instant now = this.clock.instant();
		return retrying(() -> submitByAgentOnce(staffId, publicId, key, now));
	}

	private Outcome submitByAgentOnce(UUID staffId, String publicId, String submissionKey, Instant now) {
		return sendLocked(this.requests.findAgentSubmission(submissionKey, staffId),
				() -> this.requests.lockAgentEntry(publicId, staffId),
				(draft) -> sendAgentEntry(draft, submissionKey, now));
	}

	private Outcome sendAgentEntry(Request draft, String submissionKey, Instant now) {
		AccountSummary account = null;
		if (draft.getEnteredFor() != null) {
			account = this.accounts.find(draft.getEnteredFor()).orElse(null);
			if (account == null) {
				return new NotFound();
			}
			if (!account.status().maySubmit()) {
				return new Refused(account.status());
			}
		}
		Procedure procedure = this.drafts.procedure(draft);
		FormContext context = (account != null) ? this.forms.context(account) : FormContext.none();
		Answers answers = this.files.mirror(procedure.form(), draft.getId(), this.drafts.answers(draft));
		List<FieldError> errors = this.engine.validate(procedure.form(), answers, context);
		if (!errors.isEmpty()) {
			return new Invalid(errors);
		}
		Answers kept = this.engine.finalAnswers(procedure.form(), answers, context);
		String reference = newReference(procedure.code());
		DraftService.Member member = DraftService.member(procedure.form(), kept);
		draft.saveDraft(kept.toJson(this.json), DraftService.SUMMARY, member.id(), member.name(), now);
		Contents contents = contents(procedure, draft, kept);
		String email = (account != null) ? account.email() : draft.getCitizenEmail();
		if (account != null) {
			sentByAccount(draft, account);
		}
		String token = (account == null && email != null) ? fr.comptecitoyen.security.SecretTokens.newToken() : null;
		draft.submitEnteredByAgent(reference, submissionKey, email,
				(token != null) ? fr.comptecitoyen.security.SecretTokens.sha256(token) : null,
				(token != null) ? this.sealed.seal(token) : null, (token != null) ? "/suivi/" + token : null,
				contents.summary(), contents.toBring(), now);
		this.requests.saveAndFlush(draft);
		return new Sent(draft.getReference(), true);
	}

	/**
	 * What the acknowledgement carries.
	 *
	 * @param summary the answers and the documents, as the citizen reads them
	 * @param toBring the paper originals to bring to the counter
	 */
	private record Contents(List<fr.comptecitoyen.request.RequestEvents.AnswerLine> summary, List<String> toBring) {
	}

	/**
	 * At sending: every document without a file goes on the checklist of originals, and
	 * the acknowledgement's answers and documents are read.
	 */
	private Contents contents(Procedure procedure, Request draft, Answers kept) {
		this.files.completeChecklist(draft.getId(), procedure);
		List<String> toBring = procedure.documents().isEmpty() ? List.of()
				: this.files.checklist(draft.getId())
					.stream()
					.map(fr.comptecitoyen.document.PaperOriginals.Item::label)
					.toList();
		List<fr.comptecitoyen.request.RequestEvents.AnswerLine> summary = new java.util.ArrayList<>(
				this.lines.of(procedure.form(), kept));
		summary.addAll(this.lines.documents(this.files.documents(procedure, draft.getId())));
		return new Contents(summary, toBring);
	}

	/**
	 * What a visitor typed in the field that an account would have prefilled with that
	 * binding ("Votre nom" is prefilled from {@code account.last-name}): the requester's
	 * own name, where the form asks for it.
	 */
	private static String requesterAnswer(Procedure procedure, Answers answers, String binding) {
		return procedure.form()
			.fields()
			.stream()
			.filter((field) -> binding.equals(field.prefill()))
			.map((field) -> answers.text(field.key()))
			.filter((text) -> text != null && !text.isBlank())
			.map(String::strip)
			.findFirst()
			.orElse("");
	}

	private String newReference(String code) {
		for (int i = 0; i < REFERENCE_TRIES; i++) {
			String reference = this.references.reference(code);
			if (!this.requests.existsByReference(reference)) {
				return reference;
			}
		}
		throw new IllegalStateException("No free reference for " + code + " after " + REFERENCE_TRIES + " tries");
	}

}
