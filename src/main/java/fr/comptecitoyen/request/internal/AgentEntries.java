package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.AgentEntryScope.EnteringAgent;
import fr.comptecitoyen.request.EntryChannel;
import fr.comptecitoyen.request.RequestStatus;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests entered by an agent for someone at the counter or on the phone, with or
 * without an account: a draft like a citizen's, owned by the agent who started it (every
 * lookup names them), prefilled from the person's account when they have one, and sent by
 * {@link Submission#submitByAgent}. Any procedure of the agent's departments may be
 * entered, also one that needs an account: the agent has checked who is in front of them.
 */
@Service
public class AgentEntries {

	private final RequestRepository requests;

	private final DraftService drafts;

	private final Accounts accounts;

	private final CitizenForms forms;

	private final FormEngine engine;

	private final References references;

	private final JsonMapper json;

	private final Clock clock;

	AgentEntries(RequestRepository requests, DraftService drafts, Accounts accounts, CitizenForms forms,
			FormEngine engine, References references, JsonMapper json, Clock clock) {
		this.requests = requests;
		this.drafts = drafts;
		this.accounts = accounts;
		this.forms = forms;
		this.engine = engine;
		this.references = references;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Whom the request is for.
	 *
	 * @param account their account, or null
	 * @param firstName their first name (the account's when there is one)
	 * @param lastName their last name
	 * @param email the address to write to (the account's when there is one), or null
	 * @param postalAddress where to write otherwise, or null
	 */
	public record Person(AccountSummary account, String firstName, String lastName, String email,
			String postalAddress) {

		/** The account's holder. */
		public static Person of(AccountSummary account) {
			return new Person(account, account.firstName(), account.lastName(), account.email(), null);
		}

	}

	/**
	 * A new draft of the procedure's current revision entered by the agent for the
	 * person, prefilled from their account if any, on its first visible step.
	 * @return the draft's public id
	 * @throws IllegalArgumentException when the procedure is not one of the agent's
	 */
	@Transactional
	public String start(EnteringAgent agent, Procedure procedure, EntryChannel channel, Person person) {
		if (!agent.procedureCodes().contains(procedure.code())) {
			throw new IllegalArgumentException(procedure.code() + " is not a procedure of the agent's departments");
		}
		Instant now = this.clock.instant();
		FormContext context = (person.account() != null) ? this.forms.context(person.account()) : FormContext.none();
		Answers answers = this.engine.prefill(procedure.form(), Answers.empty(), context);
		Request draft = new Request(this.references.draftId(), null, null, procedure.code(), procedure.revision(),
				procedure.title(), procedure.category().slug(), procedure.department(), answers.toJson(this.json), now);
		draft.saveDraft(draft.getAnswers(), this.engine.firstStep(procedure.form(), answers), null, null, now);
		String email = (person.email() != null) ? person.email().toLowerCase(Locale.ROOT) : null;
		draft.enteredByAgent(agent.staffId(), agent.name(), channel,
				(person.account() != null) ? person.account().id() : null,
				QueueSearch.displayName(person.firstName(), person.lastName()),
				QueueSearch.nameKey(person.lastName(), person.firstName()), email, person.postalAddress());
		return this.requests.save(draft).getPublicId();
	}

	/** A request the agent entered (a draft or, once sent, the request), if theirs. */
	@Transactional(readOnly = true)
	public Optional<Request> find(UUID staffId, String publicId) {
		return this.requests.findAgentEntry(publicId, staffId);
	}

	/** The agent's drafts not sent yet, last saved first. */
	@Transactional(readOnly = true)
	public List<Request> drafts(UUID staffId) {
		return this.requests.agentDrafts(staffId);
	}

	/** The account the entry is for, if any (and still there). */
	public Optional<AccountSummary> account(Request entry) {
		UUID account = (entry.getAccountId() != null) ? entry.getAccountId() : entry.getEnteredFor();
		return (account != null) ? this.accounts.find(account) : Optional.empty();
	}

	/** The revision the entry is pinned to. */
	public Procedure procedure(Request entry) {
		return this.drafts.procedure(entry);
	}

	/** The entry's stored answers. */
	public Answers answers(Request entry) {
		return this.drafts.answers(entry);
	}

	/** What the form engine knows: the person's account and household, or nothing. */
	public FormContext context(Request entry) {
		return account(entry).map(this.forms::context).orElse(FormContext.none());
	}

	/**
	 * Saves the draft's answers and step, as typed (nothing when it is not the agent's
	 * draft).
	 */
	@Transactional
	public void save(UUID staffId, String publicId, Answers answers, int step) {
		this.requests.findAgentEntry(publicId, staffId)
			.filter((draft) -> draft.getStatus() == RequestStatus.DRAFT)
			.ifPresent((draft) -> {
				DraftService.Member member = DraftService.member(this.drafts.procedure(draft).form(), answers);
				draft.saveDraft(answers.toJson(this.json), step, member.id(), member.name(), this.clock.instant());
			});
	}

	/**
	 * The agent gives up a draft they entered: it is deleted with its files.
	 * @return whether a draft was deleted
	 */
	@Transactional
	public boolean delete(UUID staffId, String publicId) {
		Optional<Request> found = this.requests.findAgentEntry(publicId, staffId)
			.filter((draft) -> draft.getStatus() == RequestStatus.DRAFT);
		found.ifPresent((draft) -> this.drafts.deleteWithFiles(draft));
		return found.isPresent();
	}

}
