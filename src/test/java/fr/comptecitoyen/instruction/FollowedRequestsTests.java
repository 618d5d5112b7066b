package fr.comptecitoyen.instruction;

import java.time.Duration;
import java.util.Set;

import fr.comptecitoyen.instruction.StaffEvents.RequestOpened;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.request.RequestLifecycle;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.SubmittedRequests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static org.assertj.core.api.Assertions.assertThat;

@StaffTest
class FollowedRequestsTests {

	@Autowired
	StaffMembers staff;

	@Autowired
	SubmittedRequests requests;

	@Autowired
	RequestLifecycle lifecycle;

	@Autowired
	ApplicationEventPublisher events;

	@Test
	void followedRequestsAreMarkedWhenSomeoneElseChangedThemSinceTheAgentLastOpenedThem() throws Exception {
		StaffMember agent = this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
		StaffMember colleague = this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
		Client browser = this.staff.enrolled(agent).client();
		String chosen = this.requests.bulkyItems();
		String taken = this.requests.bulkyItems();
		String other = this.requests.bulkyItems();

		assertThat(browser.post("/agent/demandes/" + chosen + "/suivre", "retour", "suivies")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/demandes/suivies?suivie=" + chosen);
		this.lifecycle.takeInCharge(taken, agent.getDisplayName());
		String page = page(browser);
		assertThat(page).contains(chosen, taken, "Pas encore consultée").doesNotContain(other);

		opened(agent, chosen);
		opened(agent, taken);
		this.lifecycle.askCitizen(taken, agent.getDisplayName(), "Une photo des objets, s’il vous plaît.");
		this.staff.clock().advance(Duration.ofMinutes(5));
		assertThat(row(page(browser), chosen)).contains("Sans changement").doesNotContain("Modifiée");
		assertThat(row(page(browser), taken)).as("the agent's own action is no change").contains("Sans changement");
		assertThat(browser.get("/agent").getResponse().getContentAsString()).contains("2 demandes suivies",
				"Aucune n’a changé");

		this.requests.citizenAnswers(taken, "Voici la photo.");
		this.lifecycle.sendInformation(chosen, colleague.getDisplayName(), "Passage jeudi.", null);
		page = page(browser);
		assertThat(row(page, chosen)).as("a colleague acted").contains("Modifiée");
		assertThat(row(page, taken)).as("the citizen answered").contains("Modifiée");
		assertThat(browser.get("/agent").getResponse().getContentAsString()).contains("2 ont changé");

		opened(agent, taken);
		assertThat(row(page(browser), taken)).contains("Sans changement");
		browser.post("/agent/demandes/" + taken + "/ne-plus-suivre");
		assertThat(page(browser)).doesNotContain(taken).contains(chosen);
	}

	@Test
	void anAgentOfAnotherDepartmentCannotFollowTheRequest() throws Exception {
		StaffMember agent = this.staff.create(Set.of(StaffRole.AGENT), "education");
		Client browser = this.staff.enrolled(agent).client();
		String reference = this.requests.bulkyItems();
		assertThat(browser.post("/agent/demandes/" + reference + "/suivre").getResponse().getStatus()).isEqualTo(404);
		assertThat(browser.post("/agent/demandes/2026-ENC-NEXISTEPAS/suivre").getResponse().getStatus()).isEqualTo(404);
		assertThat(page(browser)).doesNotContain(reference).contains("Vous ne suivez aucune demande");
	}

	private void opened(StaffMember agent, String reference) {
		this.staff.clock().advance(Duration.ofMinutes(1));
		this.events.publishEvent(new RequestOpened(agent.getId(), reference, this.staff.clock().instant()));
		this.staff.clock().advance(Duration.ofMinutes(1));
	}

	private static String page(Client browser) throws Exception {
		var response = browser.get("/agent/demandes/suivies").getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	private static String row(String page, String reference) {
		int start = page.indexOf(">" + reference + "<");
		assertThat(start).as("row of " + reference).isPositive();
		return page.substring(start, page.indexOf("</tr>", start));
	}

}
