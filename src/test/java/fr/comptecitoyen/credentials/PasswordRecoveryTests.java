package fr.comptecitoyen.credentials;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mot de passe oublié ?": one answer whatever was typed, a single-use link valid 60
 * minutes (the newest wins), and a new password that ends every session.
 */
@PortalTest
class PasswordRecoveryTests {

	@Autowired
	Mailbox mailbox;

	private static final String NEW_PASSWORD = "un tout nouveau mot de passe solide";

	@Autowired
	Citizens citizens;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void knownAndUnknownIdentifiersAndEmailsGetTheSameAnswer() throws Exception {
		Citizen account = this.citizens.pending().create();
		MvcResult known = this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		MvcResult unknown = this.citizens.client().post("/mot-de-passe-oublie", "identifier", "personne.inconnue");
		MvcResult knownEmail = this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getEmail());
		MvcResult unknownEmail = this.citizens.client()
			.post("/mot-de-passe-oublie", "identifier", "inconnu@example.test");
		String body = known.getResponse().getContentAsString();
		assertThat(body).contains("Si un compte correspond, un courriel vient d’être envoyé");
		for (MvcResult other : List.of(unknown, knownEmail, unknownEmail)) {
			assertThat(other.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus()).isEqualTo(200);
			assertThat(other.getResponse().getContentAsString()).isEqualTo(body);
		}
		assertThat(this.mailbox.mails(account.getEmail())).hasSize(2);
	}

	@Test
	void emailNamesTheIdentifierAndItsLinkSetsANewPasswordOnce() throws Exception {
		Citizen account = this.citizens.pending().create();
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String mail = this.mailbox.mails(account.getEmail()).get(0);
		assertThat(mail)
			.contains("Choisir un nouveau mot de passe", account.getUsername(), "60", "une fois",
					"Si vous n’êtes pas à l’origine de cette demande", "inutile d’y répondre")
			.doesNotContain(Citizens.PASSWORD);
		String link = Mailbox.linkPath(mail, "/mot-de-passe-oublie/");
		assertThat(link.substring(link.lastIndexOf('/') + 1)).hasSizeGreaterThanOrEqualTo(22);
		assertThat(this.jdbc.queryForList("select token_hash from account_token", String.class))
			.doesNotContain(link.substring(link.lastIndexOf('/') + 1));

		Client visitor = this.citizens.client();
		assertThat(visitor.get(link).getResponse().getContentAsString()).contains("Choisir un nouveau mot de passe",
				account.getUsername());
		// Both boxes left empty: each asked for, the link not spent.
		assertThat(visitor.post(link, "password", "", "confirmation", "").getResponse().getContentAsString())
			.contains("Saisissez un mot de passe.", "Saisissez le mot de passe une seconde fois.")
			.doesNotContain("au moins 12 caractères.");
		MvcResult done = visitor.post(link, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
		// Answered by a page of its own, not at the spent link's address (a reload or the
		// language switch would open the spent link).
		assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/mot-de-passe-oublie/modifie");
		String donePage = visitor.get("/mot-de-passe-oublie/modifie").getResponse().getContentAsString();
		assertThat(donePage).contains("Votre mot de passe a été modifié").doesNotContain(link);
		assertThat(this.citizens.client()
			.perform(MockMvcRequestBuilders.get(URI.create("/mot-de-passe-oublie/modifie?retour=%2Fdemandes")))
			.getResponse()
			.getRedirectedUrl()).as("no password chosen in this browser: the sign-in page")
			.isEqualTo("/connexion?retour=%2Fdemandes");

		MvcResult again = visitor.get(link);
		assertThat(again.getResponse().getStatus()).isEqualTo(410);
		assertThat(again.getResponse().getContentAsString()).contains("Ce lien ne fonctionne plus",
				"Recevoir un nouveau lien");
		assertThat(visitor
			.post(link, "password", "encore un autre mot de passe", "confirmation", "encore un autre mot de passe")
			.getResponse()
			.getStatus()).isEqualTo(410);

		assertThat(this.citizens.client().signIn(account.getUsername(), NEW_PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		assertThat(
				this.citizens.client().signIn(account.getUsername(), Citizens.PASSWORD).getResponse().getForwardedUrl())
			.isEqualTo("/connexion/echec");
		List<String> mails = this.mailbox.mails(account.getEmail());
		assertThat(mails.get(1)).contains("Votre mot de passe a été modifié", "Si ce n’est pas vous",
				"aide-compte-citoyen@example.org");
	}

	@Test
	void thePageThePersonWasGoingToFollowsThemThroughTheLostPasswordToTheSignInAfterIt() throws Exception {
		Citizen account = this.citizens.pending().create();
		Client visitor = this.citizens.client();
		String signIn = visitor.get("/connexion?retour=/demandes").getResponse().getContentAsString();
		assertThat(signIn).contains("href=\"/mot-de-passe-oublie?retour=/demandes\"");
		String form = visitor.get("/mot-de-passe-oublie?retour=/demandes").getResponse().getContentAsString();
		assertThat(form).contains("name=\"retour\" value=\"/demandes\"", "href=\"/connexion?retour=%2Fdemandes\"");
		// A page answering the form keeps the page to return to in its language switch.
		assertThat(visitor.post("/mot-de-passe-oublie", "identifier", "", "retour", "/demandes")
			.getResponse()
			.getContentAsString()).contains("href=\"?retour=/demandes&amp;lang=en\"");
		String sent = visitor.post("/mot-de-passe-oublie", "identifier", account.getUsername(), "retour", "/demandes")
			.getResponse()
			.getContentAsString();
		assertThat(sent).contains("href=\"/connexion?retour=%2Fdemandes\"",
				"Au plus 5 courriels sont envoyés par heure pour un même compte");
		String link = Mailbox.linkPath(this.mailbox.mails(account.getEmail()).get(0), "/mot-de-passe-oublie/");
		assertThat(link).endsWith("?retour=%2Fdemandes");
		String reset = visitor.perform(MockMvcRequestBuilders.get(URI.create(link))).getResponse().getContentAsString();
		assertThat(reset).contains("name=\"retour\" value=\"/demandes\"");
		String doneAt = visitor
			.post(link.substring(0, link.indexOf('?')), "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD,
					"retour", "/demandes")
			.getResponse()
			.getRedirectedUrl();
		assertThat(doneAt).isEqualTo("/mot-de-passe-oublie/modifie?retour=%2Fdemandes");
		String done = visitor.perform(MockMvcRequestBuilders.get(URI.create(doneAt)))
			.getResponse()
			.getContentAsString();
		assertThat(done).contains("Votre mot de passe a été modifié", "href=\"/connexion?retour=%2Fdemandes\"");
		// The spent link's page offers a new link for the same page to return to.
		assertThat(visitor.perform(MockMvcRequestBuilders.get(URI.create(link))).getResponse().getContentAsString())
			.contains("Ce lien ne fonctionne plus", "href=\"/mot-de-passe-oublie?retour=%2Fdemandes\"");

		// Another site is never carried.
		Citizen other = this.citizens.pending().create();
		assertThat(visitor.get("/mot-de-passe-oublie?retour=//evil.example").getResponse().getContentAsString())
			.doesNotContain("value=\"//evil.example\"", "/connexion?retour=//evil.example")
			.contains("href=\"/connexion\"");
		assertThat(visitor.post("/mot-de-passe-oublie", "identifier", other.getUsername(), "retour", "//evil.example")
			.getResponse()
			.getContentAsString()).doesNotContain("evil.example").contains("href=\"/connexion\"");
		assertThat(Mailbox.linkPath(this.mailbox.mails(other.getEmail()).get(0), "/mot-de-passe-oublie/"))
			.doesNotContain("retour");
	}

	@Test
	void linkExpiresAfterSixtyMinutes() throws Exception {
		Citizen account = this.citizens.pending().create();
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String link = Mailbox.linkPath(this.mailbox.mails(account.getEmail()).get(0), "/mot-de-passe-oublie/");
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.citizens.client().get(link).getResponse().getStatus()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(1));
		MvcResult expired = this.citizens.client().get(link);
		assertThat(expired.getResponse().getStatus()).isEqualTo(410);
		assertThat(expired.getResponse().getContentAsString()).contains("Ce lien ne fonctionne plus");
	}

	@Test
	void aNewerLinkVoidsTheOlderOne() throws Exception {
		Citizen account = this.citizens.pending().create();
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getEmail());
		List<String> mails = this.mailbox.mails(account.getEmail());
		String older = Mailbox.linkPath(mails.get(0), "/mot-de-passe-oublie/");
		String newer = Mailbox.linkPath(mails.get(1), "/mot-de-passe-oublie/");
		assertThat(newer).isNotEqualTo(older);
		assertThat(this.citizens.client().get(older).getResponse().getStatus()).isEqualTo(410);
		assertThat(this.citizens.client().get(newer).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aSharedAddressGetsOneLinkPerAccountEachNamingItsIdentifier() throws Exception {
		String shared = "foyer-" + System.nanoTime() + "@example.test";
		Citizen first = this.citizens.validated().named("Anna", "Partage").email(shared).create();
		Citizen second = this.citizens.pending().named("Marc", "Partage").email(shared).create();
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", shared);
		List<String> mails = this.mailbox.mails(shared);
		assertThat(mails).hasSize(2);
		assertThat(mails).anySatisfy((mail) -> assertThat(mail).contains(first.getUsername()))
			.anySatisfy((mail) -> assertThat(mail).contains(second.getUsername()));
		assertThat(Mailbox.linkPath(mails.get(0), "/mot-de-passe-oublie/"))
			.isNotEqualTo(Mailbox.linkPath(mails.get(1), "/mot-de-passe-oublie/"));
	}

	@Test
	void resetEndsEverySessionOfTheAccount() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client elsewhere = this.citizens.signedIn(account);
		assertThat(elsewhere.get("/compte/securite").getResponse().getStatus()).isEqualTo(200);
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String link = Mailbox.linkPath(this.mailbox.mails(account.getEmail()).get(0), "/mot-de-passe-oublie/");
		this.citizens.client().post(link, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
		assertThat(elsewhere.get("/compte/securite").getResponse().getRedirectedUrl()).isEqualTo("/connexion?inactive");
	}

	/**
	 * Past the daily maximum of failed sign-ins the account is blocked for the day; its
	 * owner, who proves they hold the mailbox by a lost-password link, signs in with the
	 * new password at once, by identifier or by address.
	 */
	@Test
	void resetLiftsTheDailyBlockOfTheAccount() throws Exception {
		Citizen account = this.citizens.validated().create();
		for (int i = 0; i < 25; i++) {
			String typed = (i % 2 == 0) ? account.getUsername() : account.getEmail();
			this.citizens.client().signIn(typed, "faux " + i);
			this.clock.advance(Duration.ofMinutes(31));
		}
		assertThat(
				this.citizens.client().signIn(account.getUsername(), Citizens.PASSWORD).getResponse().getForwardedUrl())
			.isEqualTo("/connexion/echec");
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String link = Mailbox.linkPath(this.mailbox.mails(account.getEmail()).get(0), "/mot-de-passe-oublie/");
		this.citizens.client().post(link, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
		for (String typed : List.of(account.getUsername(), account.getEmail())) {
			assertThat(this.citizens.client().signIn(typed, NEW_PASSWORD).getResponse().getRedirectedUrl()).as(typed)
				.isEqualTo("/");
		}
	}

	@Test
	void newPasswordIsCheckedByThePolicyInFrench() throws Exception {
		Citizen account = this.citizens.pending().create();
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String link = Mailbox.linkPath(this.mailbox.mails(account.getEmail()).get(0), "/mot-de-passe-oublie/");
		String page = this.citizens.client()
			.post(link, "password", "court", "confirmation", "autre")
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Le formulaire contient des erreurs", "au moins 12 caractères",
				"La confirmation ne correspond pas", "aria-invalid=\"true\"", "href=\"#password\"");
		String personal = this.citizens.client()
			.post(link, "password", "lucie essai pour toujours", "confirmation", "lucie essai pour toujours")
			.getResponse()
			.getContentAsString();
		assertThat(personal).contains("ne doit contenir ni votre nom");
		String reused = this.citizens.client()
			.post(link, "password", Citizens.PASSWORD, "confirmation", Citizens.PASSWORD)
			.getResponse()
			.getContentAsString();
		assertThat(reused).as("a reset gives a new password, not the one that may have been seen")
			.contains("Ce mot de passe est celui que le compte avait jusqu’ici");
		assertThat(this.citizens.client().get(link).getResponse().getStatus()).as("link still usable").isEqualTo(200);
	}

	@Test
	void tooManyRequestsForOneIdentifierSendNothingMoreButAnswerTheSame() throws Exception {
		Citizen account = this.citizens.pending().create();
		String first = null;
		for (int i = 0; i < 7; i++) {
			String body = this.citizens.client()
				.post("/mot-de-passe-oublie", "identifier", account.getUsername())
				.getResponse()
				.getContentAsString();
			first = (first == null) ? body : first;
			assertThat(body).isEqualTo(first);
		}
		assertThat(this.mailbox.mails(account.getEmail())).hasSize(5);
	}

	@Test
	void theIdentifierAndTheEmailAddressOfAnAccountShareItsAllowance() throws Exception {
		Citizen account = this.citizens.validated().create();
		List<String> names = List.of(account.getUsername(), account.getEmail(),
				account.getEmail().toUpperCase(Locale.ROOT), " " + account.getUsername().toUpperCase(Locale.ROOT));
		for (int i = 0; i < 12; i++) {
			this.citizens.client().post("/mot-de-passe-oublie", "identifier", names.get(i % names.size()));
		}
		assertThat(this.mailbox.mails(account.getEmail())).hasSize(5);
	}

}
