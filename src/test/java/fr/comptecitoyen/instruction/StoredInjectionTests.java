package fr.comptecitoyen.instruction;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored injection (issue 13 B3; OWASP ASVS 5.0 V1.2, V1.3, V3.2): script, markup,
 * template-expression and {@code javascript:} payloads stored in every field a citizen
 * controls (names and address, even written straight to the database past the input
 * rules; a procedure's free-text answers; a reply to the department) are shown as text on
 * every page that shows them — the citizen's pages, the staff account validation page,
 * the emails and the PDF receipt — never as markup and never evaluated. A display name
 * carrying CR/LF adds no email header.
 */
@StaffTest
class StoredInjectionTests {

	static final String SCRIPT = "<script>document.title='XSS'</script>";

	static final String IMAGE = "\"><img src=x onerror=\"document.title='XSS'\">";

	static final String TEMPLATE = "[[${7*7}]] ${T(java.lang.Runtime).getRuntime()} __${7*7}__";

	static final String LINK = "javascript:document.title='XSS'";

	static final String ALL = SCRIPT + " " + IMAGE + " " + TEMPLATE + " " + LINK;

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	Mailbox mailbox;

	@Autowired
	StaffMembers staff;

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void namesAndAddressStoredPastTheInputRulesAreShownAsTextToTheCitizenAndTheValidator() throws Exception {
		Citizen pending = this.citizens.pending().create();
		this.jdbc.update(
				"update citizen_account set last_name = ?, first_name = ?, address_line = ?, "
						+ "address_complement = ?, city = ? where id = ?",
				SCRIPT, IMAGE, ALL, TEMPLATE, LINK, pending.id());

		assertShownAsText(this.pages.page(pending, "/compte"));
		Client validator = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ACCOUNT_VALIDATOR))).client();
		assertShownAsText(validator.get("/agent/comptes/" + pending.username()).getResponse().getContentAsString());
		assertNoMarkup(validator.get("/agent/comptes").getResponse().getContentAsString());
	}

	@Test
	void theInputRulesRefuseMarkupInNamesAndGiveWhatWasTypedBackEscaped() throws Exception {
		Citizen camille = this.citizens.validated().withAddress().create();
		String page = this.pages
			.submit(camille, "/compte/modifier", "civility", "MADAME", "lastName", SCRIPT, "firstName", IMAGE,
					"addressLine", ALL, "postcode", "34200", "city", "Sète", "email", camille.email())
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("error-summary");
		assertNoMarkup(page);
		assertThat(this.citizens.reload(camille).lastName()).isEqualTo(camille.lastName());
	}

	@Test
	void answersAndRepliesAreTextOnThePagesTheEmailAndTheReceipt() throws Exception {
		Citizen camille = this.citizens.validated().withAddress().create();
		String draft = this.pages.submit(camille, "/demarches/ENC/nouvelle", "nouvelle", "1")
			.getResponse()
			.getRedirectedUrl();
		this.pages.submit(camille, draft, "_step", "0", "_action", "next", "address.line", "8 rue des Tamaris",
				"address.postcode", "34200", "address.commune", "Sète", "access", ALL);
		this.pages.submit(camille, draft, "_step", "1", "_action", "next", "items[0]._row", "", "items[0].kind",
				"Meuble", "items[0].quantity", "2");
		this.pages.submit(camille, draft, "_step", "2", "_action", "next", "phone", Citizens.PHONE, "commitment",
				"true");
		assertShownAsText(this.pages.page(camille, draft));
		String sent = this.pages
			.submit(camille, draft, "_step", "-1", "_action", "send", "submissionKey", UUID.randomUUID().toString())
			.getResponse()
			.getRedirectedUrl();
		String reference = sent.substring(sent.lastIndexOf('/') + 1);
		String request = "/demandes/" + reference;
		assertShownAsText(this.pages.page(camille, request));

		this.lifecycle.askCitizen(reference, "Agent", "Une précision ?");
		this.pages.submit(camille, request + "/repondre", "message", ALL);
		String withReply = this.pages.page(camille, request);
		assertThat(withReply).contains("Une précision ?");
		assertShownAsText(withReply);

		byte[] receipt = this.pages.perform(this.pages.getAs(camille, request + "/recu.pdf"))
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(receipt)) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains("[[${7*7}]]", "<script>").doesNotContain("[[49]]");
		}

		List<MimeMessage> mails = this.mailbox.messages(camille.email());
		assertThat(mails).isNotEmpty();
		for (MimeMessage mail : mails) {
			String html = TestMail.html(mail);
			if (html != null && html.contains("7*7")) {
				assertShownAsText(html);
			}
			assertThat(TestMail.plainText(mail)).doesNotContain("[[49]]");
		}
	}

	@Test
	void aNameWithLineBreaksAddsNoEmailHeader() throws Exception {
		Citizen camille = this.citizens.validated().create();
		this.jdbc.update("update citizen_account set first_name = ?, last_name = ? where id = ?",
				"Camille\r\nBcc: pirate@example.test", "Martin\r\nX-Injecte: oui", camille.id());
		this.citizens.client().post("/mot-de-passe-oublie", "identifier", camille.username());
		List<MimeMessage> mails = this.mailbox.messages(camille.email());
		assertThat(mails).hasSize(1);
		MimeMessage mail = mails.get(0);
		assertThat(mail.getHeader("X-Injecte")).isNull();
		assertThat(mail.getHeader("Bcc")).isNull();
		assertThat(mail.getAllRecipients()).extracting(Object::toString)
			.allSatisfy((recipient) -> assertThat(recipient).contains(camille.email()));
		assertThat(TestMail.to("pirate@example.test")).isEmpty();
		assertThat(mail.getSubject()).doesNotContain("\r", "\n");
	}

	/** The payloads are on the page as text: escaped markup, literal expressions. */
	static void assertShownAsText(String html) {
		assertNoMarkup(html);
		assertThat(html).contains("&lt;script&gt;document.title=", "&lt;img src=x onerror=", "[[${7*7}]]",
				"${T(java.lang.Runtime).getRuntime()}");
	}

	static void assertNoMarkup(String html) {
		assertThat(html).doesNotContain("<script>document.title", "<img src=x", "[[49]]", "__49__",
				"java.lang.Runtime@", "href=\"javascript:");
	}

}
