package fr.comptecitoyen.credentials;

import java.util.Map;

import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mes données" gives the citizen everything about them and nothing about anyone else;
 * "Fermer mon compte" erases the person, ends every session and says goodbye by email.
 */
@PortalTest
class MyDataAndClosureTests {

	@Autowired
	Mailbox mailbox;

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void jsonExportIsAnAttachmentWithMyDataAndNothingOfAnotherAccount() throws Exception {
		Citizen mine = this.citizens.validated().create();
		Citizen other = this.citizens.validated().create();
		this.citizens.addChild(mine, "Léonie", LocalDate.of(2018, 4, 2));
		this.citizens.addChild(other, "Anatole", LocalDate.of(2019, 1, 3));
		this.citizens.signedIn(other);
		Client browser = this.citizens.signedIn(mine);
		MvcResult json = browser.get("/compte/donnees.json");
		assertThat(json.getResponse().getContentType()).startsWith("application/json");
		assertThat(json.getResponse().getHeader("Content-Disposition")).startsWith("attachment")
			.contains(mine.getUsername(), ".json");
		assertThat(json.getResponse().getHeader("Cache-Control")).contains("no-store");
		String body = json.getResponse().getContentAsString();
		assertThat(body)
			.contains("\"identifiant\" : \"" + mine.getUsername() + "\"", mine.getEmail(), "\"Essai\"", "1985-04-02",
					"SIGN_IN_SUCCEEDED", "\"foyer\"", "Léonie", "2018-04-02")
			.doesNotContain(other.getUsername(), other.getEmail(), "Anatole", "password", "argon2", "totp_secret");

		String page = browser.get("/compte/donnees").getResponse().getContentAsString();
		assertThat(page)
			.contains("Mes données", mine.getUsername(), "Date de naissance", "Journal de sécurité",
					"Télécharger mes données (JSON)")
			.doesNotContain(other.getUsername());
	}

	@Test
	void myDataPageIsWrittenForAPersonWhileTheJsonKeepsTheRawValues() throws Exception {
		Citizen mine = this.citizens.validated().create();
		this.jdbc.update("update citizen_account set phone = ? where id = ?", "+33612345678", mine.getId());
		this.citizens.addChild(mine, "Léonie", LocalDate.of(2018, 4, 2));
		Client browser = this.citizens.signedIn(mine);

		String page = browser.get("/compte/donnees").getResponse().getContentAsString();
		assertThat(page)
			.contains("Validé", "Madame", "Connexion réussie", "02/04/1985", "02/04/2018", "Enfant", "Féminin",
					"06 12 34 56 78", "href=\"/compte/fermer\"")
			.doesNotContain("VALIDATED", "MADAME", "SIGN_IN_SUCCEEDED", "CHILD", "1985-04-02", "+33612345678")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");

		String json = browser.get("/compte/donnees.json").getResponse().getContentAsString();
		assertThat(json).contains("\"VALIDATED\"", "\"MADAME\"", "SIGN_IN_SUCCEEDED", "\"1985-04-02\"",
				"\"+33612345678\"");
	}

	@Test
	void theAccountTabLinksToClosingTheAccount() throws Exception {
		Client browser = this.citizens.signedIn(this.citizens.pending().create());
		assertThat(browser.get("/compte").getResponse().getContentAsString()).contains("href=\"/compte/fermer\"",
				"Fermer mon compte");
	}

	@Test
	void closingErasesThePersonEndsEverySessionAndSendsAFinalEmail() throws Exception {
		Citizen account = this.citizens.validated().create();
		Client elsewhere = this.citizens.signedIn(account);
		Client browser = this.citizens.signedIn(account);
		assertThat(browser.get("/compte/fermer").getResponse().getContentAsString()).contains("Ce qui est effacé",
				"Ce qui est conservé");
		assertThat(browser.post("/compte/fermer", "password", "pas le bon").getResponse().getContentAsString())
			.contains("Le mot de passe actuel est incorrect");
		MvcResult closed = browser.post("/compte/fermer", "password", Citizens.PASSWORD);
		assertThat(closed.getResponse().getRedirectedUrl()).isEqualTo("/au-revoir");
		assertThat(browser.get("/au-revoir").getResponse().getContentAsString()).contains("Votre compte est fermé");

		Map<String, Object> row = this.jdbc.queryForMap("select * from citizen_account where id = ?", account.getId());
		assertThat(row.get("status")).isEqualTo("CLOSED");
		assertThat(row.get("last_name")).isNull();
		assertThat(row.get("first_name")).isNull();
		assertThat(row.get("birth_date")).isNull();
		assertThat(row.get("email").toString()).doesNotContain(account.getEmail());
		assertThat(browser.get("/compte/securite").getResponse().getRedirectedUrl()).isEqualTo("/connexion?requis");
		assertThat(elsewhere.get("/compte/securite").getResponse().getRedirectedUrl()).isEqualTo("/connexion?inactive");
		assertThat(
				this.citizens.client().signIn(account.getUsername(), Citizens.PASSWORD).getResponse().getForwardedUrl())
			.isEqualTo("/connexion/echec");
		assertThat(this.mailbox.mails(account.getEmail())).singleElement()
			.asString()
			.contains("Votre compte est fermé", "données personnelles ont été effacées");
		assertThat(this.jdbc.queryForObject("select count(*) from audit_event where account_id = ? and action = ?",
				Integer.class, account.getId(), "ACCOUNT_CLOSED"))
			.isEqualTo(1);
	}

}
