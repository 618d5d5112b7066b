package fr.comptecitoyen.request;

import java.util.List;
import java.util.UUID;

import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every citizen-owned object is reached only by its owner (issue 13 B2; OWASP ASVS 5.0
 * V8.2, V8.3): another citizen who knows or guesses the address of a draft, a sent
 * request, its receipt, a file, a household member or a message gets 404, exactly as for
 * an address that designates nothing, and nothing is changed. Fields a citizen may not
 * set (status, reference, account, version, public id), added to a posted form, are
 * ignored.
 */
@PortalTest
class OwnerScopeTests {

	@Autowired
	Pages pages;

	@Autowired
	Citizens citizens;

	@Autowired
	RequestRepository requests;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcTemplate jdbc;

	DraftSteps steps;

	@BeforeEach
	void steps() {
		this.steps = new DraftSteps(this.pages, this.requests);
	}

	@Test
	void anotherCitizensDraftAnswersNotFoundOnEveryPathAndStaysAsItWas() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Citizen paul = this.citizens.validated().named("Paul", "Durand").create();
		String id = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, id);
		String answers = this.steps.draft(id).getAnswers();
		String path = DraftSteps.draftPath(id);

		for (MockHttpServletRequestBuilder intrusion : List.of(this.pages.getAs(paul, path),
				this.pages.postAs(paul, path).param("_step", "0").param("_action", "next").param("access", "Piraté"),
				this.pages.postAs(paul, path + "/enregistrement").param("_step", "0").param("access", "Piraté"),
				this.pages.getAs(paul, path + "/pieces"), this.pages.postAs(paul, path + "/pieces"),
				this.pages.getAs(paul, path + "/supprimer"), this.pages.postAs(paul, path + "/supprimer"),
				this.pages.postAs(paul, path).param("_step", "-1").param("_action", "send"))) {
			assertThat(this.pages.perform(intrusion).getResponse().getStatus()).isEqualTo(404);
		}
		Request kept = this.steps.draft(id);
		assertThat(kept.getStatus()).isEqualTo(RequestStatus.DRAFT);
		assertThat(kept.getAnswers()).isEqualTo(answers);
		assertThat(kept.getAccountId()).isEqualTo(camille.id());
	}

	@Test
	void anotherCitizensSentRequestReceiptFilesMessagesAndMembersAnswerNotFound() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Citizen paul = this.citizens.validated().named("Paul", "Durand").create();
		MemberView lea = this.citizens.addChild(camille, "Léa", 8);
		String id = this.steps.start(camille, "ENC");
		this.steps.fillBulkyItems(camille, id);
		String sent = this.steps.send(camille, id, UUID.randomUUID().toString());
		String reference = this.steps.draft(id).getReference();
		assertThat(sent).endsWith(reference);
		this.mailbox.drain();
		UUID message = this.jdbc.queryForObject(
				"select id from outbox_message where account_id = ? and subject is not null fetch first 1 rows only",
				UUID.class, camille.id());
		assertThat(this.pages.perform(this.pages.getAs(camille, "/messages/" + message)).getResponse().getStatus())
			.as("the owner reads it")
			.isEqualTo(200);

		String request = "/demandes/" + reference;
		String member = "/compte/foyer/membres/" + lea.publicId();
		for (MockHttpServletRequestBuilder intrusion : List.of(this.pages.getAs(paul, sent),
				this.pages.getAs(paul, request), this.pages.getAs(paul, request + "/recu.pdf"),
				this.pages.getAs(paul, request + "/retirer"), this.pages.postAs(paul, request + "/retirer"),
				this.pages.postAs(paul, request + "/repondre").param("message", "Piraté"),
				this.pages.postAs(paul, request + "/pieces"), this.pages.getAs(paul, "/messages/" + message),
				this.pages.getAs(paul, member + "/modifier"),
				this.pages.postAs(paul, member + "/modifier").param("firstNames", "Piratée"),
				this.pages.getAs(paul, member + "/retirer"), this.pages.postAs(paul, member + "/retirer"))) {
			assertThat(this.pages.perform(intrusion).getResponse().getStatus()).isEqualTo(404);
		}
		assertThat(this.steps.draft(id).getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(this.citizens.reload(camille)).isNotNull();
		assertThat(this.pages.page(camille, "/compte")).contains("Léa").doesNotContain("Piratée");
		assertThat(this.pages.page(paul, "/demandes")).doesNotContain(reference);
		assertThat(this.pages.page(paul, "/messages")).doesNotContain(reference);
	}

	@Test
	void fieldsACitizenMayNotSetAreIgnoredWhenPosted() throws Exception {
		Citizen camille = this.citizens.validated().named("Camille", "Martin").withAddress().create();
		Citizen paul = this.citizens.validated().named("Paul", "Durand").create();
		String id = this.steps.start(camille, "ENC");
		String path = DraftSteps.draftPath(id);
		String[] extras = { "status", "ACCEPTED", "reference", "2026-ENC-PIRATE", "accountId", paul.id().toString(),
				"account", paul.id().toString(), "version", "99", "publicId", "pirate", "procedureCode", "SCO",
				"decision", "ACCEPTED", "motive", "Piraté", "department", "etat-civil" };
		this.pages.submit(camille, path, with(extras, "_step", "0", "_action", "next", "address.line", Citizens.LINE,
				"address.postcode", "34200", "address.commune", "Sète"));
		this.steps.fillBulkyItems(camille, id);
		String sent = this.pages
			.submit(camille, path,
					with(extras, "_step", "-1", "_action", "send", "submissionKey", UUID.randomUUID().toString()))
			.getResponse()
			.getRedirectedUrl();

		Request request = this.steps.draft(id);
		assertThat(request.getStatus()).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(request.getReference()).isNotEqualTo("2026-ENC-PIRATE").startsWith("20");
		assertThat(sent).endsWith(request.getReference());
		assertThat(request.getAccountId()).isEqualTo(camille.id());
		assertThat(request.getProcedureCode()).isEqualTo("ENC");
		assertThat(request.getPublicId()).isEqualTo(id);
		assertThat(request.getDecision()).isNull();
		assertThat(request.getMotive()).isNull();
		assertThat(request.getAnswers()).doesNotContain("PIRATE", "Piraté", "ACCEPTED");

		this.pages.submit(camille, "/compte/modifier", "status", "SUSPENDED", "username", "pirate", "id",
				paul.id().toString(), "version", "99");
		Citizen after = this.citizens.reload(camille);
		assertThat(after.username()).isEqualTo(camille.username());
		assertThat(
				this.jdbc.queryForObject("select status from citizen_account where id = ?", String.class, camille.id()))
			.isEqualTo("VALIDATED");
	}

	private static String[] with(String[] extras, String... params) {
		String[] all = new String[extras.length + params.length];
		System.arraycopy(params, 0, all, 0, params.length);
		System.arraycopy(extras, 0, all, params.length, extras.length);
		return all;
	}

}
