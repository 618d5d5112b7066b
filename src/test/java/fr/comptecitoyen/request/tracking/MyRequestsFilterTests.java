package fr.comptecitoyen.request.tracking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import fr.comptecitoyen.request.CitizenRequests.Listing;
import fr.comptecitoyen.request.CitizenRequests;
import fr.comptecitoyen.request.RequestFilter;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.request.internal.Request;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Mes Demandes" over a few hundred requests: each filter alone and combined gives what
 * the seeded data says, with the counts per status for the other filters, 20 per page,
 * and every link of the page keeps the filters (the URL round-trips).
 */
@PortalTest
class MyRequestsFilterTests {

	@Autowired
	Pages pages;

	@Autowired
	TrackingData data;

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final Instant START = LocalDate.of(2026, 6, 1).atStartOfDay(PARIS).toInstant();

	@Autowired
	CitizenRequests citizenRequests;

	Citizen camille;

	Citizen other;

	/** What was seeded, to compute the expected answers. */
	final List<Request> seeded = new ArrayList<>();

	@BeforeEach
	void seed() {
		this.camille = this.data.citizen("Camille", "Martin");
		this.other = this.data.citizen("Paul", "Durand");
		List<Request> batch = new ArrayList<>();
		String[] codes = { "ENC", "SCO", "VOIRIE", "ODP" };
		for (int i = 0; i < 300; i++) {
			String member = (i % 4 == 0) ? "LEA" : (i % 4 == 1) ? "HUGO" : null;
			String name = (member == null) ? null : member.equals("LEA") ? "Léa Martin" : "Hugo Martin";
			int step = i % 6;
			Instant sentAt = START.plus(Duration.ofHours(7L * i));
			batch.add(this.data.build(this.camille, codes[i % 4], sentAt, member, name, "{}", (r) -> move(r, step)));
		}
		this.seeded.addAll(batch);
		for (int i = 0; i < 25; i++) {
			batch.add(this.data.build(this.other, "ENC", START.plus(Duration.ofHours(i)), "LEA", "Léa Durand", "{}",
					(r) -> {
					}));
		}
		this.data.saveAll(batch);
		// a draft is not a sent request
		this.data.saveAll(List.of(new Request("DRAFT" + System.nanoTime(), this.camille.getId(), null, "ENC", 1,
				"Enlèvement des encombrants", "services-techniques", "services-techniques", "{}", START)));
	}

	private static void move(Request r, int step) {
		Instant at = r.getSubmittedAt().plusSeconds(60);
		switch (step) {
			case 1 -> r.takeInCharge("Agent", null, at);
			case 2 -> r.askCitizen("Agent", "Une pièce ?", null, at);
			case 3 -> r.accept("Agent", null, null, at);
			case 4 -> r.refuse("Agent", "Motif", null, at);
			case 5 -> r.withdraw("camille", null, at);
			default -> {
			}
		}
	}

	@Test
	void eachFilterAloneGivesTheSeededRequestsAndTheCountsPerStatus() {
		check(RequestFilter.none(), (r) -> true);
		check(filter(RequestStatus.ACCEPTED, null, null, null, null, null, null), (r) -> true);
		check(filter(null, "SCO", null, null, null, null, null), (r) -> r.getProcedureCode().equals("SCO"));
		check(filter(null, null, "services-techniques", null, null, null, null),
				(r) -> r.getCategory().equals("services-techniques"));
		check(filter(null, null, null, "LEA", null, null, null), (r) -> "LEA".equals(r.getMemberPublicId()));
		LocalDate from = LocalDate.of(2026, 6, 20);
		LocalDate to = LocalDate.of(2026, 7, 10);
		check(filter(null, null, null, null, from, null, null), (r) -> !day(r).isBefore(from));
		check(filter(null, null, null, null, null, to, null), (r) -> !day(r).isAfter(to));
		// accents and case ignored in the title; part of a reference found
		check(filter(null, null, null, null, null, null, "ENLEVEMENT"), (r) -> r.getProcedureCode().equals("ENC"));
		check(filter(null, null, null, null, null, null, "occupation temporaire"),
				(r) -> r.getProcedureCode().equals("ODP"));
		String reference = this.seeded.get(17).getReference();
		check(filter(null, null, null, null, null, null, reference.substring(5).toLowerCase()),
				(r) -> r.getReference().equals(reference));
	}

	@Test
	void filtersCombine() {
		LocalDate from = LocalDate.of(2026, 6, 10);
		LocalDate to = LocalDate.of(2026, 7, 31);
		check(filter(RequestStatus.SUBMITTED, "ENC", "services-techniques", "LEA", from, to, "encombrants"),
				(r) -> r.getProcedureCode().equals("ENC") && "LEA".equals(r.getMemberPublicId())
						&& !day(r).isBefore(from) && !day(r).isAfter(to));
		check(filter(null, null, "scolaire", "HUGO", null, null, null),
				(r) -> r.getCategory().equals("scolaire") && "HUGO".equals(r.getMemberPublicId()));
		check(filter(RequestStatus.REFUSED, "VOIRIE", null, null, null, to, null),
				(r) -> r.getProcedureCode().equals("VOIRIE") && !day(r).isAfter(to));
	}

	@Test
	void pagesHoldTwentyRequestsNewestFirstWithoutGapsOrRepeats() {
		List<String> all = new ArrayList<>();
		Listing first = this.citizenRequests.list(this.camille.getId(), RequestFilter.none(), 1);
		assertThat(first.pageCount()).isEqualTo(15);
		for (int page = 1; page <= first.pageCount(); page++) {
			Listing listing = this.citizenRequests.list(this.camille.getId(), RequestFilter.none(), page);
			assertThat(listing.lines()).hasSize(20);
			listing.lines().forEach((line) -> all.add(line.reference()));
		}
		List<String> expected = this.seeded.stream()
			.sorted((a, b) -> b.getSubmittedAt().compareTo(a.getSubmittedAt()))
			.map(Request::getReference)
			.toList();
		assertThat(all).containsExactlyElementsOf(expected);
		assertThat(this.citizenRequests.list(this.camille.getId(), RequestFilter.none(), 16).lines()).isEmpty();
	}

	@Test
	void thePageShowsTheFilteredListAndEveryLinkKeepsTheFilters() throws Exception {
		String html = this.pages.page(this.camille,
				"/demandes?statut=SUBMITTED&categorie=services-techniques&q=enl%C3%A8vement&page=2");
		long expected = this.seeded.stream()
			.filter((r) -> r.getStatus() == RequestStatus.SUBMITTED && r.getProcedureCode().equals("ENC"))
			.count();
		assertThat(expected).isGreaterThan(20);
		assertThat(html).contains(expected + " demandes correspondent aux filtres", "page 2 sur 2");
		// the form shows the filters it was given
		assertThat(html).contains("value=\"enlèvement\"").containsPattern("id=\"statut-SUBMITTED\"[^>]*checked");
		assertThat(html).containsPattern("<option value=\"services-techniques\" selected");
		// every pager link keeps every filter and changes only the page
		Matcher links = Pattern.compile("href=\"(/demandes\\?[^\"]*)\"").matcher(html);
		List<String> pager = new ArrayList<>();
		while (links.find()) {
			pager.add(links.group(1).replace("&amp;", "&"));
		}
		assertThat(pager).contains("/demandes?statut=SUBMITTED&categorie=services-techniques&q=enl%C3%A8vement",
				"/demandes?statut=SUBMITTED&categorie=services-techniques&q=enl%C3%A8vement&page=2");
		// following the link gives the same page again (round trip)
		String again = this.pages.page(this.camille,
				"/demandes?statut=SUBMITTED&categorie=services-techniques&q=enl%C3%A8vement");
		assertThat(again).contains(expected + " demandes correspondent aux filtres", "page 1 sur 2");
		assertThat(rows(again)).hasSize(20);
		assertThat(rows(html)).hasSize((int) expected - 20).doesNotContainAnyElementsOf(rows(again));
	}

	@Test
	void anotherCitizensRequestsAndDraftsAreNeverListed() throws Exception {
		Listing listing = this.citizenRequests.list(this.other.getId(), RequestFilter.none(), 1);
		assertThat(listing.total()).isEqualTo(25);
		assertThat(listing.counts()).containsOnlyKeys(RequestStatus.SUBMITTED);
		String html = this.pages.page(this.camille, "/demandes?membre=LEA&statut=SUBMITTED");
		assertThat(html).doesNotContain("Léa Durand");
		assertThat(this.citizenRequests.list(this.camille.getId(), RequestFilter.none(), 1).counts())
			.doesNotContainKey(RequestStatus.DRAFT);
	}

	@Test
	void aWrongDateIsReportedNextToItsFieldAndIgnored() throws Exception {
		String html = this.pages.page(this.camille, "/demandes?du=2026-13-45&au=2026-06-01&statut=ACCEPTED");
		assertThat(html).contains("Saisissez une date valide au format JJ/MM/AAAA, par exemple 01/09/2026.",
				"aria-invalid=\"true\"", "href=\"#du\"");
		long accepted = this.seeded.stream()
			.filter((r) -> r.getStatus() == RequestStatus.ACCEPTED && !day(r).isAfter(LocalDate.of(2026, 6, 1)))
			.count();
		assertThat(html).contains(accepted + " demande");
	}

	/**
	 * Checks one page of the list against the seeded data.
	 * @param otherFilters what the filter's parts other than the status select
	 */
	private void check(RequestFilter filter, Predicate<Request> otherFilters) {
		Listing listing = this.citizenRequests.list(this.camille.getId(), filter, 1);
		List<Request> expected = this.seeded.stream()
			.filter(otherFilters)
			.filter((r) -> filter.status() == null || r.getStatus() == filter.status())
			.toList();
		assertThat(expected).as("the seed exercises %s", filter).isNotEmpty();
		assertThat(listing.total()).as("total for %s", filter).isEqualTo(expected.size());
		assertThat(listing.lines()).as("page for %s", filter)
			.extracting(CitizenRequests.Line::reference)
			.containsExactlyElementsOf(expected.stream()
				.sorted((a, b) -> b.getSubmittedAt().compareTo(a.getSubmittedAt()))
				.limit(20)
				.map(Request::getReference)
				.toList());
		Map<RequestStatus, Long> counts = this.seeded.stream()
			.filter(otherFilters)
			.collect(Collectors.groupingBy(Request::getStatus, Collectors.counting()));
		assertThat(listing.counts()).as("counts for %s", filter).isEqualTo(counts);
	}

	private static LocalDate day(Request r) {
		return r.getSubmittedAt().atZone(PARIS).toLocalDate();
	}

	private static RequestFilter filter(RequestStatus status, String procedure, String category, String member,
			LocalDate from, LocalDate to, String text) {
		return new RequestFilter(status, procedure, category, member, from, to, text);
	}

	private static List<String> rows(String html) {
		Matcher matcher = Pattern.compile("<td><a href=\"/demandes/([^\"]+)\"").matcher(html);
		List<String> references = new ArrayList<>();
		while (matcher.find()) {
			references.add(matcher.group(1));
		}
		return references;
	}

}
