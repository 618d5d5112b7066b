package fr.comptecitoyen.credentials;

import java.time.Duration;
import java.util.List;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.credentials.Citizens.Browser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mot de passe oublié ?": one answer whatever was typed, a single-use link valid 60
 * minutes (the newest wins), and a new password that ends every session.
 */
@CredentialsTest
class PasswordRecoveryTests {

	private static final String NEW_PASSWORD = "un tout nouveau mot de passe solide";

	@Autowired
	Citizens citizens;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void knownAndUnknownIdentifiersAndEmailsGetTheSameAnswer() throws Exception {
		Account account = this.citizens.create(false);
		MvcResult known = this.citizens.browser().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		MvcResult unknown = this.citizens.browser().post("/mot-de-passe-oublie", "identifier", "personne.inconnue");
		MvcResult knownEmail = this.citizens.browser().post("/mot-de-passe-oublie", "identifier", account.getEmail());
		MvcResult unknownEmail = this.citizens.browser()
			.post("/mot-de-passe-oublie", "identifier", "inconnu@example.test");
		String body = known.getResponse().getContentAsString();
		assertThat(body).contains("Si un compte correspond, un courriel vient d’être envoyé");
		for (MvcResult other : List.of(unknown, knownEmail, unknownEmail)) {
			assertThat(other.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus()).isEqualTo(200);
			assertThat(other.getResponse().getContentAsString()).isEqualTo(body);
		}
		assertThat(this.citizens.mails(account.getEmail(), 2)).hasSize(2);
	}

	@Test
	void emailNamesTheIdentifierAndItsLinkSetsANewPasswordOnce() throws Exception {
		Account account = this.citizens.create(false);
		this.citizens.browser().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String mail = this.citizens.mails(account.getEmail(), 1).get(0);
		assertThat(mail)
			.contains("Choisir un nouveau mot de passe", account.getUsername(), "60", "une fois",
					"Si vous n’êtes pas à l’origine de cette demande", "inutile d’y répondre")
			.doesNotContain(Citizens.PASSWORD);
		String link = Citizens.linkPath(mail, "/mot-de-passe-oublie/");
		assertThat(link.substring(link.lastIndexOf('/') + 1)).hasSizeGreaterThanOrEqualTo(22);
		assertThat(this.jdbc.queryForList("select token_hash from account_token", String.class))
			.doesNotContain(link.substring(link.lastIndexOf('/') + 1));

		Browser visitor = this.citizens.browser();
		assertThat(visitor.get(link).getResponse().getContentAsString()).contains("Choisir un nouveau mot de passe",
				account.getUsername());
		MvcResult done = visitor.post(link, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
		assertThat(done.getResponse().getContentAsString()).contains("Votre mot de passe a été modifié");

		MvcResult again = visitor.get(link);
		assertThat(again.getResponse().getStatus()).isEqualTo(410);
		assertThat(again.getResponse().getContentAsString()).contains("Ce lien ne fonctionne plus",
				"Recevoir un nouveau lien");
		assertThat(visitor
			.post(link, "password", "encore un autre mot de passe", "confirmation", "encore un autre mot de passe")
			.getResponse()
			.getStatus()).isEqualTo(410);

		assertThat(this.citizens.browser().signIn(account.getUsername(), NEW_PASSWORD).getResponse().getRedirectedUrl())
			.isEqualTo("/");
		assertThat(this.citizens.browser()
			.signIn(account.getUsername(), Citizens.PASSWORD)
			.getResponse()
			.getForwardedUrl()).isEqualTo("/connexion/echec");
		List<String> mails = this.citizens.mails(account.getEmail(), 2);
		assertThat(mails.get(1)).contains("Votre mot de passe a été modifié", "Si ce n’est pas vous",
				"aide-compte-citoyen@example.org");
	}

	@Test
	void linkExpiresAfterSixtyMinutes() throws Exception {
		Account account = this.citizens.create(false);
		this.citizens.browser().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String link = Citizens.linkPath(this.citizens.mails(account.getEmail(), 1).get(0), "/mot-de-passe-oublie/");
		this.clock.advance(Duration.ofMinutes(59));
		assertThat(this.citizens.browser().get(link).getResponse().getStatus()).isEqualTo(200);
		this.clock.advance(Duration.ofMinutes(1));
		MvcResult expired = this.citizens.browser().get(link);
		assertThat(expired.getResponse().getStatus()).isEqualTo(410);
		assertThat(expired.getResponse().getContentAsString()).contains("Ce lien ne fonctionne plus");
	}

	@Test
	void aNewerLinkVoidsTheOlderOne() throws Exception {
		Account account = this.citizens.create(false);
		this.citizens.browser().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		this.citizens.browser().post("/mot-de-passe-oublie", "identifier", account.getEmail());
		List<String> mails = this.citizens.mails(account.getEmail(), 2);
		String older = Citizens.linkPath(mails.get(0), "/mot-de-passe-oublie/");
		String newer = Citizens.linkPath(mails.get(1), "/mot-de-passe-oublie/");
		assertThat(newer).isNotEqualTo(older);
		assertThat(this.citizens.browser().get(older).getResponse().getStatus()).isEqualTo(410);
		assertThat(this.citizens.browser().get(newer).getResponse().getStatus()).isEqualTo(200);
	}

	@Test
	void aSharedAddressGetsOneLinkPerAccountEachNamingItsIdentifier() throws Exception {
		String shared = "foyer-" + System.nanoTime() + "@example.test";
		Account first = this.citizens.create("anna.partage" + System.nanoTime(), shared, true);
		Account second = this.citizens.create("marc.partage" + System.nanoTime(), shared, false);
		this.citizens.browser().post("/mot-de-passe-oublie", "identifier", shared);
		List<String> mails = this.citizens.mails(shared, 2);
		assertThat(mails).hasSize(2);
		assertThat(mails).anySatisfy((mail) -> assertThat(mail).contains(first.getUsername()))
			.anySatisfy((mail) -> assertThat(mail).contains(second.getUsername()));
		assertThat(Citizens.linkPath(mails.get(0), "/mot-de-passe-oublie/"))
			.isNotEqualTo(Citizens.linkPath(mails.get(1), "/mot-de-passe-oublie/"));
	}

	@Test
	void resetEndsEverySessionOfTheAccount() throws Exception {
		Account account = this.citizens.create(true);
		Browser elsewhere = this.citizens.signedIn(account);
		assertThat(elsewhere.get("/compte/securite").getResponse().getStatus()).isEqualTo(200);
		this.citizens.browser().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String link = Citizens.linkPath(this.citizens.mails(account.getEmail(), 1).get(0), "/mot-de-passe-oublie/");
		this.citizens.browser().post(link, "password", NEW_PASSWORD, "confirmation", NEW_PASSWORD);
		assertThat(elsewhere.get("/compte/securite").getResponse().getRedirectedUrl()).isEqualTo("/connexion?requis");
	}

	@Test
	void newPasswordIsCheckedByThePolicyInFrench() throws Exception {
		Account account = this.citizens.create(false);
		this.citizens.browser().post("/mot-de-passe-oublie", "identifier", account.getUsername());
		String link = Citizens.linkPath(this.citizens.mails(account.getEmail(), 1).get(0), "/mot-de-passe-oublie/");
		String page = this.citizens.browser()
			.post(link, "password", "court", "confirmation", "autre")
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Le formulaire contient des erreurs", "au moins 12 caractères",
				"La confirmation ne correspond pas", "aria-invalid=\"true\"", "href=\"#password\"");
		String personal = this.citizens.browser()
			.post(link, "password", "lucie essai pour toujours", "confirmation", "lucie essai pour toujours")
			.getResponse()
			.getContentAsString();
		assertThat(personal).contains("ne doit contenir ni votre nom");
		assertThat(this.citizens.browser().get(link).getResponse().getStatus()).as("link still usable").isEqualTo(200);
	}

	@Test
	void tooManyRequestsForOneIdentifierSendNothingMoreButAnswerTheSame() throws Exception {
		Account account = this.citizens.create(false);
		String first = null;
		for (int i = 0; i < 7; i++) {
			String body = this.citizens.browser()
				.post("/mot-de-passe-oublie", "identifier", account.getUsername())
				.getResponse()
				.getContentAsString();
			first = (first == null) ? body : first;
			assertThat(body).isEqualTo(first);
		}
		Thread.sleep(500);
		assertThat(this.citizens.mails(account.getEmail(), 5)).hasSize(5);
	}

}
