package fr.comptecitoyen.request.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.AgentEntryScope;
import fr.comptecitoyen.request.AgentEntryScope.EnteringAgent;
import fr.comptecitoyen.request.EntryChannel;
import fr.comptecitoyen.request.internal.AgentEntries.Person;
import fr.comptecitoyen.request.internal.Submission.Sent;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a bulky-item request that agent.technique took on the phone for
 * {@value #FIRST_NAME} {@value #LAST_NAME}, who has no email address, only a postal one;
 * taken in charge and asked a question, so that its history offers the letter to print
 * and post. Made through the real agent-entry path (draft, every step posted and
 * validated, sent by the agent), once: made again only if its submission key is gone.
 * Runs after the demo staff exist; left out if agent.technique is not an agent.
 */
@Component
@Order(32)
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class DemoPostalRequests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoPostalRequests.class);

	static final String AGENT = "agent.technique";

	static final String FIRST_NAME = "Germaine";

	static final String LAST_NAME = "Roux";

	private static final String KEY = "demo-request-courrier-encombrants";

	private final Catalogue catalogue;

	private final RequestRepository requests;

	private final AgentEntryScope agents;

	private final AgentEntries entries;

	private final DraftService drafts;

	private final Submission submission;

	private final FormEngine engine;

	private final Clock clock;

	DemoPostalRequests(Catalogue catalogue, RequestRepository requests, AgentEntryScope agents, AgentEntries entries,
			DraftService drafts, Submission submission, FormEngine engine, Clock clock) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.agents = agents;
		this.entries = entries;
		this.drafts = drafts;
		this.submission = submission;
		this.engine = engine;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Procedure procedure = this.catalogue.find("ENC").orElse(null);
		EnteringAgent agent = this.agents.byUsername(AGENT)
			.filter((found) -> procedure != null && found.procedureCodes().contains(procedure.code()))
			.orElse(null);
		if (agent == null || this.requests.findBySubmissionKey(KEY).isPresent()) {
			return;
		}
		String street = "3 chemin des Vignes";
		Person person = new Person(null, FIRST_NAME, LAST_NAME, null, street + "\n34999 Val-d’Aubrac-sur-Mer");
		String publicId = this.entries.start(agent, procedure, EntryChannel.PHONE, person);
		Map<String, String[]> params = DemoAnswers.posted("address.line", street, "address.postcode", "34999",
				"address.commune", "Val-d’Aubrac-sur-Mer", "items[0]._row", "", "items[0].kind", "Électroménager",
				"items[0].quantity", "1", "phone", "04 67 12 34 56", "commitment", "true");
		Answers started = this.drafts.answers(this.entries.find(agent.staffId(), publicId).orElseThrow());
		Optional<Answers> filled = DemoAnswers.filled(this.engine, procedure.form(), started, params,
				FormContext.none(), KEY);
		if (filled.isEmpty()) {
			return;
		}
		Answers answers = filled.get();
		this.entries.save(agent.staffId(), publicId, answers, DraftService.SUMMARY);
		if (!(this.submission.submitByAgent(agent.staffId(), publicId, KEY) instanceof Sent sent)) {
			log.warn("Demo postal request left out");
			return;
		}
		Request request = this.requests.findByReference(sent.reference()).orElseThrow();
		request.takeInCharge(agent.staffId(), agent.name(), null, this.clock.instant());
		request.askCitizen(agent.name(),
				"Pouvez-vous nous dire à quel étage se trouve le réfrigérateur, et s’il y a un ascenseur ?", null,
				this.clock.instant());
		this.requests.save(request);
	}

}
