package fr.comptecitoyen.instruction;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.instruction.internal.StaffAdministration;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.instruction.internal.StaffRepository;
import fr.comptecitoyen.security.TotpCodes;
import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, demo mode, axe on every page: camille.martin asks for a bulky-item
 * pickup; agent.technique signs in (enrolling an authenticator app), opens the request,
 * takes it in charge and asks for a photo; Camille answers on her request's page; the
 * agent sends the pickup date as an information message and accepts; Camille sees the
 * decision on Accueil, in Mes Demandes and in the demo mailbox, and with the clock moved
 * to the evening before, the reminder.
 */
@ActiveProfiles("demo")
class RequestInstructionBrowserTests extends BrowserTest {

	private static final Pattern REFERENCE = Pattern.compile("2026-ENC-[23456789A-HJ-NP-Z]{6}");

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	StaffRepository staff;

	@Autowired
	StaffAdministration administration;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@Test
	void aBulkyItemPickupIsInstructedAcceptedAndRemindedTheEveningBefore() {
		StaffMember technique = this.staff.findByUsername("agent.technique").orElseThrow();
		StaffPrincipal admin = new StaffPrincipal(java.util.UUID.randomUUID(), "test", "Test",
				Set.of(StaffRole.ADMINISTRATOR), Set.of(), null);
		this.administration.resetSecondFactor(admin, technique.getId(), null);

		citizenSignsIn();
		visit("/services/encombrants");
		press("Commencer");
		press("Suivant");
		new Select(find("#f-items-0-kind")).selectByVisibleText("Meuble");
		type("f-items-0-quantity", "2");
		press("Suivant");
		clickInPlace("#f-commitment");
		press("Suivant");
		press("Envoyer ma demande");
		Matcher found = REFERENCE.matcher(pageText());
		assertThat(found.find()).as(pageText()).isTrue();
		String reference = found.group();
		press("Déconnexion");

		visit("/agent");
		type("username", "agent.technique");
		type("password", "demo-agent-2026");
		press("Connexion");
		String secret = find("#totp-secret").getText().replace(" ", "");
		type("code", TotpCodes.at(secret, this.clock.instant()));
		press("Activer");
		follow("J’ai noté mes codes");
		visit("/agent/demandes/" + reference);
		assertThat(pageText()).contains(reference, "Compte validé", "Meuble");
		press("Prendre en charge");
		assertThat(pageText()).contains("Vous avez pris la demande en charge.");
		type("question", "Merci de joindre une photo des objets.");
		press("Envoyer la demande de complément");
		assertThat(pageText()).contains("La demande de complément est envoyée au demandeur.");
		press("Déconnexion");

		citizenSignsIn();
		visit("/demandes/" + reference);
		assertThat(pageText()).contains("Merci de joindre une photo des objets.");
		type("message", "Une armoire et deux chaises, visibles depuis la rue.");
		press("Envoyer ma réponse");
		press("Déconnexion");

		this.clock.advance(Duration.ofSeconds(31));
		visit("/agent");
		type("username", "agent.technique");
		type("password", "demo-agent-2026");
		press("Connexion");
		type("code", TotpCodes.at(secret, this.clock.instant()));
		press("Valider");
		visit("/agent/demandes/" + reference);
		assertThat(pageText()).contains("Une armoire et deux chaises, visibles depuis la rue.",
				"En cours d’instruction");
		LocalDate pickup = LocalDate.now(this.clock.withZone(PARIS)).plusDays(3);
		type("information", "Nos équipes passeront dans la matinée.");
		script("document.getElementById('informationDate').value = arguments[0];", pickup.toString());
		press("Envoyer le message");
		assertThat(pageText()).contains("Le message d’information est envoyé.");
		type("acceptComment", "Enlèvement confirmé.");
		press("Accepter");
		assertThat(pageText()).contains("La demande est acceptée ; le demandeur est prévenu.");
		press("Déconnexion");

		this.mailbox.drain();
		citizenSignsIn();
		assertThat(pageText()).contains(reference, "Acceptée");
		follow("Mes Demandes");
		assertThat(pageText()).contains(reference, "Acceptée");
		visit("/demandes/" + reference);
		assertThat(pageText()).contains("Enlèvement confirmé.", "Nos équipes passeront dans la matinée.");
		visit("/demo/courriels");
		assertThat(pageText()).contains("Décision : votre demande " + reference + " est acceptée",
				"Information sur votre demande " + reference);

		press("Déconnexion");
		this.clock.set(pickup.minusDays(1).atTime(18, 0).atZone(PARIS).toInstant());
		assertThat(this.mailbox.remind()).isPositive();
		this.mailbox.drain();
		visit("/demo/courriels");
		assertThat(pageText()).contains("Sortez vos encombrants ce soir");
	}

	private void citizenSignsIn() {
		visit("/connexion");
		type("username", "camille.martin");
		type("password", "demo-citoyen-2026");
		press("Connexion");
	}

}
