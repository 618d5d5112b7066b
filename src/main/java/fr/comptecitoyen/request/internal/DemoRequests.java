package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.AgentEntryScope;
import fr.comptecitoyen.request.AgentEntryScope.EnteringAgent;
import fr.comptecitoyen.request.internal.Submission.Outcome;
import fr.comptecitoyen.request.internal.Submission.Sent;
import fr.comptecitoyen.shared.CitySettings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: camille.martin gets a handful of requests in various statuses, so that
 * Accueil, Mes Demandes and Mes messages show something. Each goes through the code of a
 * real request: a draft started and prefilled, every step posted as the browser would
 * post it (bound and validated by the form engine), the submission, then only the
 * aggregate's verbs — so the history, the answers and the emails are those the portal
 * would have produced. A request whose demo answers the procedure refuses (a changed
 * procedure or profile) is left out with a warning. Once: a request already made (by its
 * submission key) is not made again. Runs after the demo household exists.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class DemoRequests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoRequests.class);

	private static final String DEMO_CITIZEN = "camille.martin";

	/** Who works on the demo requests when no demo agent has their procedure. */
	private static final String AGENT = "Agent de démonstration";

	/** The demo agents (DemoStaff), the first whose departments hold the procedure. */
	private static final List<String> DEMO_AGENTS = List.of("agent.technique", "agent.education", "agent.etatcivil");

	/** A key of the earlier demo data: a demo database that has it keeps its requests. */
	private static final String EARLIER_DEMO = "demo-1";

	private final Profiles profiles;

	private final Household household;

	private final Catalogue catalogue;

	private final RequestRepository requests;

	private final DraftService drafts;

	private final Submission submission;

	private final CitizenForms forms;

	private final FormEngine engine;

	private final AgentEntryScope agents;

	private final Clock clock;

	private final ZoneId zone;

	private final String commune;

	DemoRequests(Profiles profiles, Household household, Catalogue catalogue, RequestRepository requests,
			DraftService drafts, Submission submission, CitizenForms forms, FormEngine engine, AgentEntryScope agents,
			Clock clock, CitySettings city) {
		this.profiles = profiles;
		this.household = household;
		this.catalogue = catalogue;
		this.requests = requests;
		this.drafts = drafts;
		this.submission = submission;
		this.forms = forms;
		this.engine = engine;
		this.agents = agents;
		this.clock = clock;
		this.zone = city.timeZone();
		this.commune = city.name();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.profiles.findByUsername(DEMO_CITIZEN).ifPresent(this::seed);
	}

	private void seed(AccountSummary camille) {
		if (this.requests.findBySubmissionKey(EARLIER_DEMO).isPresent()) {
			return;
		}
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, this.zone);
		String email = camille.email();
		Map<String, String> home = address(camille, "address");
		make(camille, "demo-request-encombrants", "ENC", days(now, 12),
				with(home, "items[0]._row", "", "items[0].kind", "Meuble", "items[0].quantity", "2", "items[1]._row",
						"", "items[1].kind", "Matelas", "items[1].quantity", "1", "phone", "06 12 34 56 78",
						"commitment", "true"))
			.ifPresent((r) -> {
				takeInCharge(r, email, days(now, 10));
				r.accept(name(r), null, email, days(now, 9));
				LocalDate pickup = today.plusDays(4);
				r.sendInformation(name(r), "Nos équipes passeront le " + pickup.getDayOfMonth() + "/"
						+ pickup.getMonthValue() + " dans la matinée.", pickup, email, days(now, 8));
				this.requests.save(r);
			});
		Optional<MemberView> child = this.household.members(camille.id(), MemberFilter.all())
			.stream()
			.filter((m) -> m.kind() == MemberKind.CHILD)
			.findFirst();
		child
			.flatMap((c) -> make(camille, "demo-request-inscription-scolaire", "SCO", days(now, 6),
					with(address(camille, "parent-address"), "child", c.publicId(), "school-year", "2026-2027", "level",
							"Cours moyen 1 (CM1)", "school", "École élémentaire Jules-Ferry", "parent-email", email,
							"parent-phone", "06 12 34 56 78", "pai", "false", "certify", "true")))
			.ifPresent((r) -> {
				takeInCharge(r, email, days(now, 5));
				r.askCitizen(name(r),
						"Merci d’apporter au guichet le carnet de santé de l’enfant (pages des vaccinations).", email,
						days(now, 4));
				this.requests.save(r);
			});
		make(camille, "demo-request-signalement-voirie", "VOIRIE", days(now, 30),
				with(home, "category", "Éclairage public en panne", "description",
						"Le lampadaire devant le numéro 12 ne s’allume plus depuis une semaine.", "place-kind",
						"À une adresse"))
			.ifPresent((r) -> {
				takeInCharge(r, email, days(now, 29));
				r.askCitizen(name(r), "Pouvez-vous préciser de quel côté de la rue se trouve le lampadaire ?", email,
						days(now, 28));
				r.citizenAnswers(DEMO_CITIZEN, "Côté pair, en face de la boulangerie.", email, days(now, 27));
				r.refuse(name(r),
						"Ce lampadaire relève du syndicat d’énergie : nous lui avons transmis votre signalement.",
						email, days(now, 25));
				this.requests.save(r);
			});
		make(camille, "demo-request-acte-naissance", "NAISSANCE", days(now, 2),
				with(address(camille, "address"), "document", "Copie intégrale", "quality",
						"La personne concernée par l’acte", "event-date", "1988-02-14", "event-place", this.commune,
						"copies", "1", "last-name", camille.lastName(), "first-names", camille.firstName(), "parent-1",
						"Jean Martin", "parent-2", "Sophie Martin", "delivery", "En France", "requester-last-name",
						camille.lastName(), "requester-first-name", camille.firstName()))
			.ifPresent((r) -> {
				takeInCharge(r, email, days(now, 1));
				this.requests.save(r);
			});
		make(camille, "demo-request-occupation-voie", "ODP", days(now, 1),
				with(home, "kind", "Déménagement", "start", today.plusDays(10).toString(), "end",
						today.plusDays(11).toString(), "vehicle", "AB-123-CD", "length", "12", "sidewalk", "false"));
		// Work for the back office's queues: new requests in every department that has a
		// demo agent (the birth certificates of état civil are above), and one in
		// instruction.
		this.household.members(camille.id(), MemberFilter.all())
			.stream()
			.filter((m) -> m.kind() == MemberKind.CHILD)
			.reduce((first, second) -> second)
			.ifPresent((youngest) -> make(camille, "demo-queue-restauration", "PERI", days(now, 1),
					with(Map.of(), "child", youngest.publicId(), "services", "Restauration scolaire", "days", "Lundi",
							"start", today.plusDays(7).toString(), "diet", "false", "rules", "true")));
		make(camille, "demo-queue-encombrants", "ENC", days(now, 2), with(home, "items[0]._row", "", "items[0].kind",
				"Électroménager", "items[0].quantity", "1", "phone", "06 12 34 56 78", "commitment", "true"));
		make(camille, "demo-queue-signalement-voirie", "VOIRIE", days(now, 3),
				with(home, "category", "Éclairage public en panne", "description",
						"Deux lampadaires éteints au bout de l’impasse.", "place-kind", "À une adresse"));
		make(camille, "demo-queue-encombrants-instruction", "ENC", days(now, 5), with(home, "items[0]._row", "",
				"items[0].kind", "Meuble", "items[0].quantity", "3", "phone", "06 12 34 56 78", "commitment", "true"))
			.ifPresent((r) -> {
				takeInCharge(r, email, days(now, 4));
				this.requests.save(r);
			});
	}

	/**
	 * The demo agent of the request's procedure takes it in charge and becomes its
	 * assignee (the queue's « Mes demandes en cours »), as in the back office.
	 */
	private void takeInCharge(Request request, String email, Instant at) {
		Optional<EnteringAgent> agent = agentFor(request);
		if (agent.isPresent()) {
			request.takeInCharge(agent.get().staffId(), agent.get().name(), email, at);
		}
		else {
			request.takeInCharge(AGENT, email, at);
		}
	}

	/** The name of the demo agent who works on the request. */
	private String name(Request request) {
		return agentFor(request).map(EnteringAgent::name).orElse(AGENT);
	}

	private Optional<EnteringAgent> agentFor(Request request) {
		return DEMO_AGENTS.stream()
			.map(this.agents::byUsername)
			.flatMap(Optional::stream)
			.filter((agent) -> agent.procedureCodes().contains(request.getProcedureCode()))
			.findFirst();
	}

	/**
	 * Starts a draft, posts every visible step with the given parameters and sends it at
	 * {@code sentAt}, unless the demo made it already.
	 * @return the sent request, to move on with the aggregate's verbs; empty when made
	 * already, or when the procedure refuses the demo's answers (the draft stays)
	 */
	private Optional<Request> make(AccountSummary camille, String key, String code, Instant sentAt,
			Map<String, String> posted) {
		Optional<Procedure> found = this.catalogue.find(code);
		if (found.isEmpty() || this.requests.findBySubmissionKey(key).isPresent()) {
			return Optional.empty();
		}
		Procedure procedure = found.get();
		String publicId = this.drafts.start(camille, procedure, sentAt.minus(Duration.ofMinutes(20)));
		FormDefinition form = procedure.form();
		FormContext context = this.forms.context(camille);
		Answers started = this.drafts.answers(this.drafts.find(camille.id(), publicId).orElseThrow());
		Optional<Answers> filled = DemoAnswers.filled(this.engine, form, started, DemoAnswers.posted(posted), context,
				key);
		if (filled.isEmpty()) {
			return Optional.empty();
		}
		Answers answers = filled.get();
		this.drafts.save(camille.id(), publicId, answers, DraftService.SUMMARY, sentAt.minus(Duration.ofMinutes(2)));
		Outcome outcome = this.submission.submit(camille.id(), publicId, key, sentAt);
		if (!(outcome instanceof Sent sent)) {
			log.warn("Demo request {} left out: {}", key, outcome);
			return Optional.empty();
		}
		return this.requests.findByReference(sent.reference());
	}

	private static Map<String, String> address(AccountSummary camille, String field) {
		Map<String, String> params = new LinkedHashMap<>();
		if (camille.address() != null) {
			params.put(field + ".line", camille.address().line());
			params.put(field + ".postcode", camille.address().postcode());
			params.put(field + ".commune", camille.address().city());
		}
		return params;
	}

	private static Map<String, String> with(Map<String, String> base, String... pairs) {
		Map<String, String> params = new LinkedHashMap<>(base);
		for (int i = 0; i < pairs.length; i += 2) {
			params.put(pairs[i], pairs[i + 1]);
		}
		return params;
	}

	private static Instant days(Instant now, int ago) {
		return now.minus(Duration.ofDays(ago));
	}

}
