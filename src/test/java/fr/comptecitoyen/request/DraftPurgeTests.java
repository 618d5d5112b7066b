package fr.comptecitoyen.request;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fr.comptecitoyen.account.Accounts;
import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.document.Attachments;
import fr.comptecitoyen.request.AgentEntryScope.EnteringAgent;
import fr.comptecitoyen.request.internal.AgentEntries;
import fr.comptecitoyen.request.internal.DraftPurge;
import fr.comptecitoyen.request.internal.DraftService;
import fr.comptecitoyen.request.internal.RequestRepository;
import fr.comptecitoyen.request.internal.VisitorRequests;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafts nobody can come back to are deleted with their files once their lifetime is
 * over: a visitor's after 24 hours, an agent's unsent entry after 30 days; a citizen's
 * own draft stays in their account.
 */
@PortalTest
class DraftPurgeTests {

	@Autowired
	DraftPurge purge;

	@Autowired
	VisitorRequests visitors;

	@Autowired
	AgentEntries entries;

	@Autowired
	DraftService drafts;

	@Autowired
	Catalogue catalogue;

	@Autowired
	Accounts accounts;

	@Autowired
	Citizens citizens;

	@Autowired
	Attachments attachments;

	@Autowired
	RequestRepository requests;

	@Autowired
	MutableClock clock;

	@Test
	void aVisitorsDraftGoesAfterADayAnAgentsUnsentEntryAfterAMonthACitizensDraftStays() {
		Instant start = this.clock.instant();
		String visitor = this.visitors.start(this.catalogue.find("NAISSANCE").orElseThrow());
		UUID visitorHolder = this.requests.findVisitorRequest(visitor).orElseThrow().getId();
		this.attachments.store(visitorHolder, null, "document:x", "acte.pdf",
				new ByteArrayInputStream(SampleFiles.pdf()), Set.of("application/pdf"), 1_000_000);
		EnteringAgent agent = new EnteringAgent(UUID.randomUUID(), "agent.purge", "Agent Purge", Set.of("ENC"));
		String entry = this.entries.start(agent, this.catalogue.find("ENC").orElseThrow(), EntryChannel.COUNTER,
				new AgentEntries.Person(null, "Odette", "Durand", "odette@example.org", null));
		Citizen camille = this.citizens.validated("Camille", "Martin");
		String own = this.drafts.start(this.accounts.find(camille.getId()).orElseThrow(),
				this.catalogue.find("ENC").orElseThrow());

		this.purge.purge(start.plus(Duration.ofHours(23)));
		assertThat(this.visitors.find(visitor)).as("a visitor's draft of the day").isPresent();

		this.purge.purge(start.plus(Duration.ofHours(25)));
		assertThat(this.visitors.find(visitor)).as("a visitor's draft of yesterday").isEmpty();
		assertThat(this.attachments.of(visitorHolder)).as("with its files").isEmpty();
		assertThat(this.entries.find(agent.staffId(), entry)).as("an agent's entry of yesterday").isPresent();

		this.purge.purge(start.plus(Duration.ofDays(31)));
		assertThat(this.entries.find(agent.staffId(), entry)).as("an agent's entry of last month").isEmpty();
		assertThat(this.drafts.find(camille.getId(), own)).as("a citizen's own draft").isPresent();
	}

}
