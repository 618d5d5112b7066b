package fr.comptecitoyen.request.internal;

import java.util.Map;
import java.util.Optional;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.request.internal.Submission.Sent;
import fr.comptecitoyen.shared.CitySettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: one birth-certificate request sent by a visitor without an account
 * ({@value #EMAIL}), through the real visitor path (draft, every step posted and
 * validated, submission with its tracking link and acknowledgement email, to be read in
 * the demo mailbox). Once: made again only if its submission key is gone.
 */
@Component
@Order(31)
@ConditionalOnProperty(name = "cc.demo.enabled", havingValue = "true")
class DemoVisitorRequests implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoVisitorRequests.class);

	static final String EMAIL = "paul.durand@example.org";

	private static final String KEY = "demo-request-visitor-naissance";

	private final Catalogue catalogue;

	private final RequestRepository requests;

	private final VisitorRequests visitors;

	private final Submission submission;

	private final FormEngine engine;

	private final String commune;

	DemoVisitorRequests(Catalogue catalogue, RequestRepository requests, VisitorRequests visitors,
			Submission submission, FormEngine engine, CitySettings city) {
		this.catalogue = catalogue;
		this.requests = requests;
		this.visitors = visitors;
		this.submission = submission;
		this.engine = engine;
		this.commune = city.name();
	}

	@Override
	public void run(ApplicationArguments args) {
		Procedure procedure = this.catalogue.find("NAISSANCE").orElse(null);
		if (procedure == null || this.requests.findBySubmissionKey(KEY).isPresent()) {
			return;
		}
		Map<String, String[]> params = DemoAnswers.posted("document", "Extrait avec filiation", "quality",
				"Son ascendant (parent, grand-parent…)", "event-date", "2019-06-03", "event-place", this.commune,
				"copies", "2", "last-name", "Durand", "first-names", "Léa", "parent-1", "Paul Durand", "parent-2",
				"Anne Morel", "requester-last-name", "Durand", "requester-first-name", "Paul", "delivery",
				"À l’étranger", "foreign-address", "Calle Mayor 12, 28013 Madrid, Espagne");
		String publicId = this.visitors.start(procedure);
		Optional<Answers> filled = DemoAnswers.filled(this.engine, procedure.form(), Answers.empty(), params,
				FormContext.none(), KEY);
		if (filled.isEmpty()) {
			return;
		}
		Answers answers = filled.get();
		this.visitors.save(publicId, answers, DraftService.SUMMARY);
		if (!(this.submission.submitAsVisitor(publicId, EMAIL, KEY) instanceof Sent)) {
			log.warn("Demo visitor request left out");
		}
	}

}
