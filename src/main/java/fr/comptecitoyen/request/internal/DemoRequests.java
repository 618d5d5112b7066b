package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.comptecitoyen.account.AccountSummary;
import fr.comptecitoyen.account.Profiles;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.household.MemberKind;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.RequestEvents.AnswerLine;
import fr.comptecitoyen.request.RequestEvents.CitizenAnswered;
import fr.comptecitoyen.request.RequestEvents.CitizenAsked;
import fr.comptecitoyen.request.RequestEvents.Decision;
import fr.comptecitoyen.request.RequestEvents.DecisionTaken;
import fr.comptecitoyen.request.RequestEvents.InformationSent;
import fr.comptecitoyen.request.RequestEvents.RequestSubmitted;
import fr.comptecitoyen.shared.CitySettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: camille.martin gets a handful of requests in various statuses, with
 * their history and emails, so that Accueil, Mes Demandes and Mes messages show
 * something. Once: a request already made (by its submission key) is not made again. Runs
 * after the demo household exists.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class DemoRequests implements ApplicationRunner {

	private static final String DEMO_CITIZEN = "camille.martin";

	private static final String AGENT = "Agent de démonstration";

	private final Profiles profiles;

	private final Household household;

	private final Catalogue catalogue;

	private final RequestRepository requests;

	private final References references;

	private final RequestLifecycleService lifecycle;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final Clock clock;

	private final ZoneId zone;

	DemoRequests(Profiles profiles, Household household, Catalogue catalogue, RequestRepository requests,
			References references, RequestLifecycleService lifecycle, ApplicationEventPublisher events, JsonMapper json,
			Clock clock, CitySettings city) {
		this.profiles = profiles;
		this.household = household;
		this.catalogue = catalogue;
		this.requests = requests;
		this.references = references;
		this.lifecycle = lifecycle;
		this.events = events;
		this.json = json;
		this.clock = clock;
		this.zone = city.timeZone();
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.profiles.findByUsername(DEMO_CITIZEN).ifPresent(this::seed);
	}

	private void seed(AccountSummary camille) {
		Instant now = this.clock.instant();
		Map<String, Object> address = (camille.address() != null) ? Map.of("line", camille.address().line(), "postcode",
				camille.address().postcode(), "commune", camille.address().city()) : Map.of();
		Optional<Request> bulky = make(camille, "demo-1", "ENC", days(now, 12), null,
				Map.of("address", address, "items",
						List.of(Map.of("kind", "Meuble", "quantity", "2"), Map.of("kind", "Matelas", "quantity", "1")),
						"commitment", "true"));
		bulky.ifPresent((r) -> {
			r.takeInCharge(AGENT, days(now, 10));
			r.accept(AGENT, null, days(now, 9));
			this.events.publishEvent(new DecisionTaken(ref(r), Decision.ACCEPTED, null, days(now, 9)));
			LocalDate pickup = LocalDate.now(this.clock.withZone(this.zone)).plusDays(4);
			String message = "Nos équipes passeront le " + pickup.getDayOfMonth() + "/" + pickup.getMonthValue()
					+ " dans la matinée.";
			r.recordInformation(AGENT, message, days(now, 8));
			this.events.publishEvent(new InformationSent(ref(r), message, pickup, days(now, 8)));
		});
		Optional<MemberView> child = this.household.members(camille.id(), MemberFilter.all())
			.stream()
			.filter((m) -> m.kind() == MemberKind.CHILD)
			.findFirst();
		make(camille, "demo-2", "SCO", days(now, 6), child.orElse(null),
				Map.of("school-year", "2026-2027", "pai", "false"))
			.ifPresent((r) -> {
				r.takeInCharge(AGENT, days(now, 5));
				String question = "Merci d’apporter au guichet le carnet de santé de l’enfant (pages des vaccinations).";
				r.askCitizen(AGENT, question, days(now, 4));
				this.events.publishEvent(new CitizenAsked(ref(r), question, days(now, 4)));
			});
		make(camille, "demo-3", "VOIRIE", days(now, 30), null, Map.of("category", "Éclairage public en panne",
				"description", "Le lampadaire devant le numéro 12 ne s’allume plus depuis une semaine."))
			.ifPresent((r) -> {
				r.takeInCharge(AGENT, days(now, 29));
				r.askCitizen(AGENT, "Pouvez-vous préciser de quel côté de la rue se trouve le lampadaire ?",
						days(now, 28));
				r.citizenAnswers(DEMO_CITIZEN, "Côté pair, en face de la boulangerie.", days(now, 27));
				this.events
					.publishEvent(new CitizenAnswered(ref(r), "Côté pair, en face de la boulangerie.", days(now, 27)));
				r.refuse(AGENT,
						"Ce lampadaire relève du syndicat d’énergie : nous lui avons transmis votre signalement.",
						days(now, 25));
				this.events.publishEvent(new DecisionTaken(ref(r), Decision.REFUSED, r.getMotive(), days(now, 25)));
			});
		make(camille, "demo-4", "ODP", days(now, 1), null, Map.of());
	}

	/** Makes and sends a request, unless the demo made it already. */
	private Optional<Request> make(AccountSummary camille, String key, String code, Instant sentAt, MemberView member,
			Map<String, Object> answers) {
		Optional<Procedure> found = this.catalogue.find(code);
		if (found.isEmpty() || this.requests.findBySubmissionKey(key).isPresent()) {
			return Optional.empty();
		}
		Procedure procedure = found.get();
		Request request = new Request(this.references.draftId(), camille.id(), null, code, procedure.revision(),
				procedure.title(), procedure.category().slug(), procedure.department(),
				this.json.writeValueAsString(answers), sentAt.minus(Duration.ofMinutes(20)));
		if (member != null) {
			request.saveDraft(this.json.writeValueAsString(answers), 0, member.publicId(), member.fullName(),
					sentAt.minus(Duration.ofMinutes(5)));
		}
		String reference;
		do {
			reference = this.references.reference(code);
		}
		while (this.requests.existsByReference(reference));
		request.submit(reference, key, DEMO_CITIZEN, sentAt);
		// the managed copy: the verbs applied to it next are saved with the transaction
		Request saved = this.requests.save(request);
		this.events.publishEvent(new RequestSubmitted(ref(saved), List.<AnswerLine>of(), sentAt));
		return Optional.of(saved);
	}

	private fr.comptecitoyen.request.RequestEvents.RequestRef ref(Request request) {
		return this.lifecycle.ref(request);
	}

	private static Instant days(Instant now, int ago) {
		return now.minus(Duration.ofDays(ago));
	}

}
