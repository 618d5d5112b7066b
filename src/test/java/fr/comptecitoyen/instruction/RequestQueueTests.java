package fr.comptecitoyen.instruction;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.comptecitoyen.instruction.internal.QueueWork;
import fr.comptecitoyen.instruction.internal.StaffMember;
import fr.comptecitoyen.request.RequestQueue;
import fr.comptecitoyen.request.RequestQueue.QueueFilter;
import fr.comptecitoyen.request.RequestStatus;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.QueueData;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;

/**
 * The queues of /agent/demandes: filters, search, pages, department isolation, bulk
 * actions, labels, neighbours, and the CSV export (injection, BOM, separator, streaming).
 */
@StaffTest
@Import(QueueData.class)
class RequestQueueTests {

	static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	StaffMembers staff;

	@Autowired
	QueueData data;

	@Autowired
	QueueWork work;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void anAgentSeesOnlyTheDepartmentsRequestsFiltersSearchesAndPages() throws Exception {
		Client agent = agent("services-techniques");
		Citizen dupont = this.data.citizen("Jean", "Dupontel");
		Citizen other = this.data.citizen("Zoé", "Quelconque");
		List<String> bulky = this.data.sent(dupont, "ENC", 30, START);
		String road = this.data.one(other, "VOIRIE", START.plusSeconds(86_400 * 3));
		String school = this.data.one(dupont, "SCO", START);

		// Other tests share the database: each check names this test's citizens.
		String first = page(agent, "/agent/demandes?q=dupontel");
		assertThat(first).contains(bulky.get(0)).doesNotContain(school);
		assertThat(first).contains("Nouvelles (30)").doesNotContain(bulky.get(29));
		String second = page(agent, "/agent/demandes?q=dupontel&page=2");
		assertThat(second).contains(bulky.get(29)).doesNotContain(bulky.get(0));
		assertThat(page(agent, "/agent/demandes?q=dupontel&page=9")).as("past the last page: the last one")
			.contains(bulky.get(29), "page 2 sur 2")
			.doesNotContain(bulky.get(0));

		String otherTab = page(agent, "/agent/demandes?onglet=decidees&q=dupontel");
		assertThat(otherTab).as("a search that finds nothing in its tab names the tabs where it finds something")
			.contains("Aucune demande ne correspond", "D’autres onglets ont des demandes qui correspondent")
			.contains("href=\"/agent/demandes?onglet=nouvelles&amp;q=dupontel\">Nouvelles (30)</a>")
			.doesNotContain(bulky.get(0));
		assertThat(page(agent, "/agent/demandes")).as("links carry no empty query")
			.containsPattern("href=\"/agent/demandes/[0-9]{4}-[A-Z]+-[A-Z0-9]+\"")
			.doesNotContain("?\"");

		String searched = page(agent, "/agent/demandes?q=quelc");
		assertThat(searched).contains(road).doesNotContain(bulky.get(0));
		// As a browser sends the form: "prénom nom", a space in the parameter.
		assertThat(agent.perform(MockMvcRequestBuilders.get("/agent/demandes").param("q", "zoe quelconque"))
			.getResponse()
			.getContentAsString()).contains(road);
		assertThat(page(agent, "/agent/demandes?q=" + road)).contains("Une demande correspond");
		assertThat(page(agent, "/agent/demandes?demarche=VOIRIE")).contains(road).doesNotContain(bulky.get(0));
		assertThat(page(agent, "/agent/demandes?q=quelconque&du=2026-03-04&au=2026-03-06")).contains(road)
			.contains("Une demande correspond");
		assertThat(page(agent, "/agent/demandes?q=quelconque&du=2026-03-06")).as("nothing to export: no CSV link")
			.contains("Aucune demande ne correspond")
			.doesNotContain("Exporter ces demandes");
		assertThat(page(agent, "/agent/demandes?q=quelconque")).contains("Exporter ces demandes");

		String inverted = page(agent, "/agent/demandes?du=2026-03-06&amp;au=2026-03-04".replace("&amp;", "&"));
		assertThat(inverted).contains("id=\"au-error\"").contains("La date de fin doit être");
		assertThat(inverted).contains("value=\"06/03/2026\"");
	}

	@Test
	void anAgentOfNoDepartmentIsToldWhyTheQueueIsEmpty() throws Exception {
		Client none = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT))).client();
		assertThat(none.get("/agent/demandes").getResponse().getContentAsString())
			.contains("Vous n’êtes rattaché à aucun service instructeur");
		assertThat(none.get("/agent/demandes").getResponse().getContentAsString())
			.as("no procedure to enter a request for: no link to a page that would not exist")
			.doesNotContain("/agent/demandes/nouvelle");
		String education = agent("education").get("/agent/demandes").getResponse().getContentAsString();
		assertThat(education).doesNotContain("Vous n’êtes rattaché à aucun service instructeur", "ne traitent aucune")
			.contains("/agent/demandes/nouvelle");
		// A department that handles no procedure (a new one, or deactivated): its agent
		// is told so, not that they belong to none.
		String code = "vide-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("insert into department (code, name, active, created_at) values (?, ?, true, ?)", code,
				"Service sans démarche", java.sql.Timestamp.from(java.time.Instant.now()));
		Client empty = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), code)).client();
		assertThat(empty.get("/agent/demandes").getResponse().getContentAsString())
			.contains("Vos services instructeurs ne traitent aucune démarche")
			.doesNotContain("Vous n’êtes rattaché à aucun service instructeur", "/agent/demandes/nouvelle");
	}

	@Test
	void theAgentFilterListsTheStaffOfOnesDepartmentsByNameAndNoOneElse() throws Exception {
		StaffMember self = this.staff.create(Set.of(StaffRole.AGENT), "education", "services-techniques");
		StaffMember colleague = this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
		StaffMember both = this.staff.create(Set.of(StaffRole.AGENT), "education", "services-techniques");
		StaffMember elsewhere = this.staff.create(Set.of(StaffRole.AGENT), "etat-civil");
		String page = page(this.staff.enrolled(self).client(), "/agent/demandes");
		String select = page.substring(page.indexOf("<select id=\"agent\""));
		select = select.substring(0, select.indexOf("</select>"));
		assertThat(select).contains(option(self), option(colleague), option(both)).doesNotContain(option(elsewhere));
		assertThat(select.indexOf(option(both))).as("once, though in two shared departments")
			.isEqualTo(select.lastIndexOf(option(both)));
		List<String> names = new ArrayList<>();
		Matcher options = Pattern.compile("<option value=\"[0-9a-f-]{36}\">([^<]*)</option>").matcher(select);
		while (options.find()) {
			names.add(options.group(1));
		}
		assertThat(names).as("by name").isSortedAccordingTo(Comparator.naturalOrder());
	}

	private static String option(StaffMember member) {
		return "<option value=\"" + member.getId() + "\">" + member.getDisplayName() + "</option>";
	}

	@Test
	void countsStopPastTheLimitAndSaySoTheLastRequestsStayReachable() throws Exception {
		Client agent = agent("services-techniques");
		Citizen many = this.data.citizen("Léa", Citizens.unique("Nombreuse"));
		int count = (int) RequestQueue.COUNT_LIMIT + 1;
		List<String> sent = this.data.sent(many, "ENC", count, START);
		String search = "/agent/demandes?q=" + many.getLastName().toLowerCase(Locale.ROOT);
		String first = page(agent, search);
		assertThat(first).contains("Nouvelles (plus de 1\u202f000)", "Plus de 1\u202f000 demandes correspondent.")
			.contains(sent.get(0))
			.doesNotContain(" (1001)", " (1\u202f001)");
		assertThat(page(agent, search + "&page=" + (count / RequestQueue.PAGE_SIZE + 1))).contains(sent.get(count - 1));
		assertThat(page(agent, search + "&onglet=decidees")).contains("Nouvelles (plus de 1\u202f000)");
		assertThat(page(agent, "/agent")).as("the home page's counts say so alike")
			.contains("Nouvelles : plus de 1\u202f000")
			.doesNotContain("Nouvelles : 1001", "Nouvelles : 1\u202f001");
	}

	@Test
	void anotherDepartmentsRequestIsNeverListedExportedActedOnOrLabelled() throws Exception {
		Client agent = agent("education");
		Citizen citizen = this.data.citizen("Paul", "Voisin");
		String bulky = this.data.one(citizen, "ENC", START);
		String school = this.data.one(citizen, "SCO", START);

		assertThat(page(agent, "/agent/demandes")).contains(school).doesNotContain(bulky);
		assertThat(csv(agent, "/agent/demandes/export.csv")).contains(school).doesNotContain(bulky);
		String refused = page(agent, "/agent/demandes/lot", "selection", bulky, "action", "prendre");
		assertThat(refused).contains("ne font pas partie de vos files : " + bulky);
		assertThat(this.data.status(bulky)).isEqualTo(RequestStatus.SUBMITTED);
		assertThat(agent.post("/agent/demandes/" + bulky + "/etiquettes").getResponse().getStatus()).isEqualTo(404);
		assertThat(agent.get("/agent/demandes/" + bulky + "/suivante").getResponse().getRedirectedUrl())
			.isEqualTo("/agent/demandes?fin=suivante");
	}

	@Test
	void bulkActionsGoThroughTheLifecycleAndListTheRequestsTheyDoNotFit() throws Exception {
		StaffMember member = this.staff.create(Set.of(StaffRole.AGENT), "services-techniques");
		Client agent = this.staff.enrolled(member).client();
		Citizen citizen = this.data.citizen("Rose", "Lilas");
		List<String> street = this.data.sent(citizen, "ENC", 2, START);
		String closed = this.data.closed(citizen, "ENC", START);

		String missing = page(agent, "/agent/demandes/lot", "action", "informer", "message", " ");
		assertThat(missing).contains("Cochez au moins une demande").contains("Saisissez le message d’information");

		String taken = page(agent, "/agent/demandes/lot", "selection", street.get(0), "selection", street.get(1),
				"selection", closed, "action", "prendre");
		assertThat(taken).contains("2 demandes prises en charge")
			.contains("Action impossible dans leur état actuel pour : " + closed);
		assertThat(this.data.status(street.get(0))).isEqualTo(RequestStatus.IN_INSTRUCTION);
		assertThat(this.data.assignee(street.get(0))).isEqualTo(member.getId());
		assertThat(page(agent, "/agent/demandes?onglet=miennes")).contains("Mes demandes en cours (2)")
			.contains(street.get(1));
		assertThat(page(agent, "/agent/demandes?onglet=en-cours&agent=" + member.getId())).contains(street.get(1));

		String informed = page(agent, "/agent/demandes/lot", "selection", street.get(0), "selection", street.get(1),
				"action", "informer", "message", "Passage le matin.", "date", "2026-03-20");
		assertThat(informed).contains("Message envoyé pour 2 demandes");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from request_history h join citizen_request r "
						+ "on r.id = h.request_id where r.reference = ? and h.verb = 'INFORMATION'",
				Integer.class, street.get(1)))
			.isEqualTo(1);

		String closing = page(agent, "/agent/demandes/lot", "selection", street.get(0), "action", "clore");
		assertThat(closing).contains("Une demande close");
		assertThat(this.data.status(street.get(0))).isEqualTo(RequestStatus.CLOSED);
	}

	@Test
	void labelsAreDefinedPerDepartmentSetOnRequestsShownAndUsedAsAFilter() throws Exception {
		Client agent = agent("services-techniques");
		Citizen citizen = this.data.citizen("Léon", "Marron");
		String one = this.data.one(citizen, "ENC", START);
		String two = this.data.one(citizen, "ENC", START.plusSeconds(60));

		assertThat(page(agent, "/agent/etiquettes", "service", "services-techniques", "nom", " "))
			.contains("Saisissez le nom de l’étiquette");
		assertThat(agent.post("/agent/etiquettes", "service", "services-techniques", "nom", "Rue des Lilas")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/etiquettes?ajoutee");
		assertThat(page(agent, "/agent/etiquettes", "service", "services-techniques", "nom", "rue des lilas"))
			.contains("déjà une étiquette de ce nom");
		String id = this.jdbc.queryForObject("select id from request_label_definition where name = 'Rue des Lilas'",
				String.class);

		MvcResult set = agent.post("/agent/demandes/" + one + "/etiquettes?onglet=nouvelles", "etiquettes", id);
		assertThat(set.getResponse().getRedirectedUrl()).isEqualTo("/agent/demandes/" + one + "?onglet=nouvelles");
		String filtered = page(agent, "/agent/demandes?etiquette=" + id);
		assertThat(filtered).contains(one).doesNotContain(two).contains("Rue des Lilas");
	}

	@Test
	void previousAndNextFollowTheQueueWithItsFilters() throws Exception {
		Client agent = agent("services-techniques");
		Citizen citizen = this.data.citizen("Anne", "Suivi");
		List<String> list = this.data.sent(citizen, "VOIRIE", 3, START);
		String middle = list.get(1);
		assertThat(
				agent.get("/agent/demandes/" + middle + "/suivante?demarche=VOIRIE").getResponse().getRedirectedUrl())
			.isEqualTo("/agent/demandes/" + list.get(2) + "?demarche=VOIRIE");
		assertThat(
				agent.get("/agent/demandes/" + middle + "/precedente?demarche=VOIRIE").getResponse().getRedirectedUrl())
			.isEqualTo("/agent/demandes/" + list.get(0) + "?demarche=VOIRIE");
		assertThat(agent.get("/agent/demandes/" + middle + "/suivante?demarche=VOIRIE&tri=recentes")
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/agent/demandes/" + list.get(0) + "?demarche=VOIRIE&tri=recentes");
	}

	@Test
	void htmlInCitizenNamesIsInertInTheQueueAndFormulasAreNeutralisedInTheCsv() throws Exception {
		Client agent = agent("services-techniques");
		Citizen evil = this.data.citizen("=SUM(A1)", "<script>alert(1)</script>");
		Citizen plus = this.data.citizen("+33", "Dupuis");
		String request = this.data.one(evil, "ENC", START);
		this.data.one(plus, "ENC", START.plusSeconds(60));

		String html = page(agent, "/agent/demandes");
		assertThat(html).contains(request)
			.doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");

		MvcResult result = export(agent, "/agent/demandes/export.csv");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		assertThat(result.getResponse().getContentType()).startsWith("text/csv");
		String csv = new String(bytes, StandardCharsets.UTF_8).substring(1);
		String[] lines = csv.split("\r\n");
		assertThat(lines[0]).startsWith("Numéro;Code démarche;Démarche;Statut;Demandeur;Courriel");
		assertThat(csv).contains(";'=SUM(A1) <script>alert(1)</script>;").doesNotContain(";=SUM");
		assertThat(csv).contains(";'+33 Dupuis;").doesNotContain(";+33");
		assertThat(
				this.jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORTED'", Integer.class))
			.isPositive();
	}

	@Test
	void aCellStartingWithAFormulaSignIsPrefixedWithAnApostrophe() {
		for (String cell : List.of("=1+1", "+33", "-2", "@SUM(A1)", "\tx", "\rx")) {
			assertThat(fr.comptecitoyen.instruction.internal.CsvCells.safe(cell)).isEqualTo("'" + cell);
		}
		assertThat(fr.comptecitoyen.instruction.internal.CsvCells.safe("Dupont")).isEqualTo("Dupont");
		assertThat(fr.comptecitoyen.instruction.internal.CsvCells.safe(null)).isEmpty();
	}

	@Test
	void tenThousandRowsAreWrittenAFewHundredAtATimeNeverAllAtTheEnd() throws IOException {
		Citizen citizen = this.data.citizen("Export", "Massif");
		this.data.sent(citizen, "ODP", 10_000, START);
		QueueFilter filter = new QueueFilter(Set.of("ODP"), null, null, null, null, null, null, null, false, false,
				null, null, null);
		FlushRecorder out = new FlushRecorder();
		this.work.writeCsv(filter, Locale.FRENCH, out);
		long lines = out.toString(StandardCharsets.UTF_8).lines().count();
		assertThat(lines).isEqualTo(10_001);
		// Written as the rows come: many flushes, each adding a small part, so the
		// response never holds the whole export.
		assertThat(out.flushes).hasSizeGreaterThanOrEqualTo(50);
		long previous = 0;
		for (long size : out.flushes) {
			assertThat(size - previous).isLessThan(out.size() / 20);
			previous = size;
		}
	}

	/**
	 * Measures what the export keeps in memory, in the output stream it writes to (which
	 * counts the rows as their bytes arrive and keeps none): the used heap just before
	 * the export, when the bytes of row 1 000 arrive and when those of row 10 000 arrive.
	 * Both samples are taken while the rows still come from the database (the writer
	 * flushes every 200 rows from inside the row callback, so row 10 000 arrives before
	 * the query ends). Each sample is the least of five readings of the used heap after
	 * {@code System.gc()}: a full collection leaves only what is reachable, and the least
	 * reading drops what another thread allocated in between, so it never reads more than
	 * is retained plus a little noise.
	 *
	 * <p>
	 * Sound because any reading that keeps the rows keeps at least their text: 9 000
	 * retained rows hold at least the 9 000 CSV lines' characters, one byte each at the
	 * least (compact strings), i.e. at least the bytes written between the two samples
	 * divided by two (a UTF-8 character of these rows takes at most two bytes). The
	 * growth from row 1 000 to row 10 000 must stay under a quarter of that. And a driver
	 * or a reader that loads the whole result first (H2's in-memory result, PostgreSQL
	 * without a cursor, a list built before writing) holds all 10 000 rows at row 1 000
	 * already, which the growth cannot see: so the heap taken at row 1 000 over the
	 * baseline must stay under half of what 10 000 rows' text costs at the least (each
	 * the least of three tries, see below). What a cursor holds (one fetch of a few
	 * hundred rows, a constant) fits well under it; measured on 30/11/2026: growth under
	 * 4 KB on H2 and PostgreSQL, row 1 000 over the baseline 18 KB on H2 and 251 KB on
	 * PostgreSQL (its fetch), against a bound of 460 KB.
	 */
	@Test
	void tenThousandRowsAreExportedWithoutTheRetainedHeapGrowingWithTheRowCount() throws IOException {
		Citizen citizen = this.data.citizen("Export", "Mesuré");
		this.data.sent(citizen, "PERI", 10_000, START);
		QueueFilter filter = new QueueFilter(Set.of("PERI"), null, null, null, null, null, null, null, false, false,
				null, null, null);
		// Once before, so that what the first export sets up for good (classes' caches,
		// formatters, prepared statements) is not counted as the rows'.
		this.work.writeCsv(filter, Locale.FRENCH, OutputStream.nullOutputStream());
		// Measured up to three times, keeping the least: what the export retains shows in
		// every try, while what another thread of the test's JVM happens to keep (a
		// scheduled job, a cache filling) at one of the samples does not come back each
		// time. The least only falls from one try to the next and every try writes the
		// same bytes: once both bounds hold, more tries cannot change the outcome, and
		// each try is fifteen full collections (seconds in a JVM holding many contexts).
		long loadedFirst = Long.MAX_VALUE;
		long growth = Long.MAX_VALUE;
		long written = 0;
		StringBuilder measured = new StringBuilder();
		for (int attempt = 0; attempt < 3
				&& (growth >= growthBound(written) || loadedFirst >= loadedFirstBound(written)); attempt++) {
			HeapSampler out = new HeapSampler(1_000, 10_000);
			long before = HeapSampler.retained();
			this.work.writeCsv(filter, Locale.FRENCH, out);
			assertThat(out.rows).isEqualTo(10_000);
			written = out.bytesBetween;
			loadedFirst = Math.min(loadedFirst, out.samples[0] - before);
			growth = Math.min(growth, out.samples[1] - out.samples[0]);
			measured.append("heap before ")
				.append(before)
				.append(", at row 1 000 ")
				.append(out.samples[0])
				.append(", at row 10 000 ")
				.append(out.samples[1])
				.append("; ")
				.append(written)
				.append(" bytes written in between. ");
		}
		assertThat(written).as(measured::toString).isGreaterThan(500_000);
		assertThat(growth).as(measured::toString).isLessThan(growthBound(written));
		assertThat(loadedFirst).as(measured::toString).isLessThan(loadedFirstBound(written));
	}

	/**
	 * A quarter of the least that 9 000 retained rows hold: their bytes written divided
	 * by two (at most two bytes of UTF-8 per character, one byte per character kept).
	 */
	private static long growthBound(long writtenBetween) {
		return writtenBetween / 2 / 4;
	}

	/** Half of the least that all 10 000 rows' text holds. */
	private static long loadedFirstBound(long writtenBetween) {
		long allRowsAtLeast = writtenBetween * 10 / 9 / 2;
		return allRowsAtLeast / 2;
	}

	/**
	 * Counts the CSV rows as their bytes arrive (the header's line is not one), keeps no
	 * byte, and samples the retained heap when the first and the second given row arrive.
	 */
	static final class HeapSampler extends OutputStream {

		private final int[] at;

		final long[] samples = new long[2];

		long rows = -1;

		long bytesBetween;

		HeapSampler(int first, int second) {
			this.at = new int[] { first, second };
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			for (int i = off; i < off + len; i++) {
				if (this.rows >= this.at[0] && this.rows < this.at[1]) {
					this.bytesBetween++;
				}
				if (b[i] == '\n') {
					this.rows++;
					if (this.rows == this.at[0]) {
						this.samples[0] = retained();
					}
					else if (this.rows == this.at[1]) {
						this.samples[1] = retained();
					}
				}
			}
		}

		/** The least used heap of five readings, each after a full collection. */
		static long retained() {
			long least = Long.MAX_VALUE;
			Runtime runtime = Runtime.getRuntime();
			for (int i = 0; i < 5; i++) {
				System.gc();
				least = Math.min(least, runtime.totalMemory() - runtime.freeMemory());
			}
			return least;
		}

	}

	private Client agent(String department) throws Exception {
		return this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), department)).client();
	}

	private String page(Client client, String path, String... params) throws Exception {
		MvcResult result = (params.length == 0 && !path.endsWith("/lot")) ? client.get(path)
				: client.post(path, params);
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	private String csv(Client client, String path) throws Exception {
		return new String(export(client, path).getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	private MvcResult export(Client client, String path) throws Exception {
		MvcResult started = client.perform(MockMvcRequestBuilders.get(path));
		return this.mvc.perform(asyncDispatch(started)).andReturn();
	}

	/** Keeps the size written at each flush. */
	static final class FlushRecorder extends ByteArrayOutputStream {

		final List<Long> flushes = new ArrayList<>();

		@Override
		public void flush() throws IOException {
			super.flush();
			this.flushes.add((long) size());
		}

		@Override
		public synchronized void write(byte[] b, int off, int len) {
			super.write(b, off, len);
		}

	}

	static OutputStream unused() {
		return OutputStream.nullOutputStream();
	}

}
