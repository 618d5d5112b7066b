package fr.comptecitoyen.account;

import java.util.UUID;

import fr.comptecitoyen.support.BrowserTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored script payloads do not run in a real browser (issue 13 B3): names and address
 * written straight to the database, and a procedure's free-text answer, each carrying a
 * script, an image with an {@code onerror} handler and a {@code javascript:} address that
 * would set a global and change the title, are shown on the citizen's pages as text, and
 * neither the global nor the title changes.
 */
class StoredInjectionBrowserTests extends BrowserTest {

	private static final String SCRIPT = "<script>window.pirate=1;document.title='XSS'</script>";

	private static final String IMAGE = "\"><img src=x onerror=\"window.pirate=1;document.title='XSS'\">";

	private static final String LINK = "javascript:window.pirate=1";

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void payloadsInNamesAddressAndAnswersNeverRun() throws Exception {
		Citizen camille = this.citizens.validated().withAddress().create();
		this.jdbc.update(
				"update citizen_account set last_name = ?, first_name = ?, address_line = ?, address_complement = ? "
						+ "where id = ?",
				SCRIPT, IMAGE, SCRIPT + " " + IMAGE, LINK, camille.id());
		String draft = this.pages.submit(camille, "/demarches/ENC/nouvelle", "nouvelle", "1")
			.getResponse()
			.getRedirectedUrl();
		this.pages.submit(camille, draft, "_step", "0", "_action", "next", "address.line", "8 rue des Tamaris",
				"address.postcode", "34200", "address.commune", "Sète", "access", SCRIPT + " " + IMAGE + " " + LINK);
		this.pages.submit(camille, draft, "_step", "1", "_action", "next", "items[0]._row", "", "items[0].kind",
				"Meuble", "items[0].quantity", "2");
		this.pages.submit(camille, draft, "_step", "2", "_action", "next", "phone", Citizens.PHONE, "commitment",
				"true");

		signIn(camille);
		visit("/");
		assertNothingRan("/");
		for (String path : new String[] { "/compte", draft }) {
			visit(path);
			assertNothingRan(path);
			assertThat(pageText()).as(path).contains("<script>window.pirate=1");
		}
		String sent = this.pages
			.submit(camille, draft, "_step", "-1", "_action", "send", "submissionKey", UUID.randomUUID().toString())
			.getResponse()
			.getRedirectedUrl();
		String request = "/demandes/" + sent.substring(sent.lastIndexOf('/') + 1);
		visit(request);
		assertNothingRan(request);
		assertThat(pageText()).contains("<img src=x onerror=");
	}

	private void assertNothingRan(String path) {
		assertThat(script("return typeof window.pirate")).as(path).isEqualTo("undefined");
		assertThat(browser.getTitle()).as(path).isNotEqualTo("XSS");
		assertThat(script("return document.querySelectorAll('img[src=\"x\"], a[href^=\"javascript:\"]').length"))
			.as(path)
			.isEqualTo(0L);
	}

}
