package fr.comptecitoyen.shared;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.household.Household;
import fr.comptecitoyen.household.MemberFilter;
import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.instruction.StaffMembers;
import fr.comptecitoyen.instruction.StaffRole;
import fr.comptecitoyen.instruction.StaffTest;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Client;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.SubmittedRequests;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One way to type a date across the portal: on every page with a date (registration,
 * profile, household, a procedure step, "Mes Demandes", the agents' queue, bulk action,
 * information date and audit journal) it is one text box with the hint "Format attendu :
 * JJ/MM/AAAA.", the same mistake gets the same message next to the field, and the usual
 * ways of typing a date are read the same everywhere.
 */
@StaffTest
class DateInputsTests {

	static final String FORMAT = "Format attendu : JJ/MM/AAAA.";

	static final String NOT_A_DATE = "Saisissez une date valide au format JJ/MM/AAAA, par exemple 01/09/2026.";

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	@Autowired
	MockMvc mvc;

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	StaffMembers staff;

	@Autowired
	SubmittedRequests submitted;

	@Autowired
	Household household;

	@Autowired
	MutableClock clock;

	Citizen camille;

	MemberView lea;

	String draft;

	String reference;

	Client agent;

	Client admin;

	@BeforeEach
	void aCitizenWithAChildADraftAndAgents() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 11, 30, 10, 0).atZone(PARIS).toInstant());
		this.camille = this.citizens.validated().named("Camille", Citizens.unique("Dates")).withAddress().create();
		this.lea = this.citizens.addChild(this.camille, "Léa", LocalDate.of(2017, 6, 1));
		this.draft = "/demarches/brouillons/"
				+ this.pages.submit(this.camille, "/demarches/ODP/nouvelle", "nouvelle", "1")
					.getResponse()
					.getRedirectedUrl()
					.substring("/demarches/brouillons/".length());
		this.reference = this.submitted.bulkyItems();
		this.agent = this.staff.enrolled(this.staff.create(Set.of(StaffRole.AGENT), "services-techniques")).client();
		this.admin = this.staff.enrolled(this.staff.create(Set.of(StaffRole.ADMINISTRATOR))).client();
	}

	@Test
	void everyDateIsOneTextBoxWithTheFormatHintAndNoOtherKindOfDateInput() throws Exception {
		Map<String, String> expected = new LinkedHashMap<>();
		expected.put("/inscription", "birthDate");
		expected.put("/compte/modifier", "birthDate");
		expected.put("/compte/foyer/enfants/ajouter", "birthDate");
		expected.put("/compte/foyer/adultes/ajouter", "birthDate");
		expected.put("/compte/foyer/membres/" + this.lea.publicId() + "/modifier", "birthDate");
		expected.put(this.draft, "start end");
		expected.put("/demandes", "du au");
		expected.put("/agent/demandes", "du au date");
		expected.put("/agent/journal", "du au");
		expected.put("/agent/demandes/" + this.reference, "informationDate");
		for (Map.Entry<String, String> page : expected.entrySet()) {
			String path = page.getKey();
			Document html = Jsoup.parse(html(path));
			assertThat(html.select("input[type=date]")).as(path + ": no date picker").isEmpty();
			assertThat(html.select("input[name=birthDay], input[name=birthMonth], input[name=birthYear]"))
				.as(path + ": no day, month and year boxes")
				.isEmpty();
			List<String> names = new ArrayList<>();
			for (Element box : html.select("input.input--date")) {
				names.add(box.attr("name"));
				assertOneBox(path, html, box);
			}
			assertThat(names).as(path + ": its date boxes").containsExactly(page.getValue().split(" "));
		}
	}

	@Test
	void theCitizensOwnBirthDateIsTheOnlyDateFilledFromTheBrowsersMemory() throws Exception {
		for (String path : List.of("/inscription", "/compte/modifier")) {
			assertThat(Jsoup.parse(html(path)).getElementById("birthDate").attr("autocomplete")).as(path)
				.isEqualTo("bday");
		}
		for (String path : List.of("/compte/foyer/enfants/ajouter", "/agent/demandes", "/agent/journal")) {
			assertThat(Jsoup.parse(html(path)).select("input.input--date")).as(path)
				.allSatisfy((box) -> assertThat(box.attr("autocomplete")).isIn("", "off"));
		}
	}

	@Test
	void theSameMistakeGetsTheSameMessageNextToTheFieldEverywhere() throws Exception {
		String wrong = "31/02/2026";
		assertRefused(registration(wrong), "birthDate", wrong);
		assertRefused(profile(wrong), "birthDate", wrong);
		assertRefused(child(wrong), "birthDate", wrong);
		assertRefused(step(wrong), "start", wrong);
		assertRefused(html("/demandes?du=31%2F02%2F2026"), "du", wrong);
		assertRefused(html("/agent/demandes?au=" + wrong), "au", wrong);
		assertRefused(html("/agent/journal?du=" + wrong), "du", wrong);
		assertRefused(bulk(wrong), "date", wrong);
		assertRefused(information(wrong), "informationDate", wrong);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "1/9/2026", "01.09.2026", "2026-09-01" })
	void theUsualWaysOfTypingADateAreReadTheSameEverywhere(String typed) throws Exception {
		assertReadAsTheFirstOfSeptember(registration(typed), "birthDate");
		assertReadAsTheFirstOfSeptember(step(typed), "start");
		assertReadAsTheFirstOfSeptember(html("/demandes?du=" + typed), "du");
		assertReadAsTheFirstOfSeptember(html("/agent/demandes?du=" + typed), "du");
		assertReadAsTheFirstOfSeptember(html("/agent/journal?au=" + typed), "au");
		assertReadAsTheFirstOfSeptember(bulk(typed), "date");
		assertReadAsTheFirstOfSeptember(information(typed), "informationDate");

		assertThat(this.pages.perform(profileForm(typed)).getResponse().getRedirectedUrl()).isEqualTo("/compte");
		assertReadAsTheFirstOfSeptember(html("/compte/modifier"), "birthDate");
		MvcResult added = this.pages.perform(this.pages.postAs(this.camille, "/compte/foyer/enfants/ajouter")
			.param("lastName", this.camille.getLastName())
			.param("firstNames", "Nina")
			.param("sex", "F")
			.param("birthDate", typed));
		assertThat(added.getResponse().getStatus()).as(added.getResponse().getContentAsString()).isEqualTo(302);
		assertThat(this.household.members(this.camille.getId(), MemberFilter.children()))
			.anySatisfy((member) -> assertThat(member.birthDate()).isEqualTo(LocalDate.of(2026, 9, 1)));
	}

	/** The box's shape: the pattern of the procedures' date fields. */
	private static void assertOneBox(String path, Document html, Element box) {
		String id = box.id();
		assertThat(box.attr("type")).as(path + " " + id).isEqualTo("text");
		assertThat(box.attr("inputmode")).as(path + " " + id).isEqualTo("numeric");
		assertThat(box.attr("maxlength")).as(path + " " + id).isEqualTo("10");
		assertThat(box.attr("aria-describedby").split(" ")).as(path + " " + id).contains(id + "-format");
		assertThat(html.select("label[for=" + id + "]")).as(path + " " + id + ": label").hasSize(1);
		Element format = html.getElementById(id + "-format");
		assertThat(format).as(path + " " + id + ": format hint").isNotNull();
		assertThat(format.text()).as(path + " " + id).startsWith(FORMAT);
	}

	/** The message next to the field, the box marked wrong and showing what was typed. */
	private static void assertRefused(String page, String name, String typed) {
		Document html = Jsoup.parse(page);
		Element box = box(html, name);
		String id = box.id();
		Element error = html.getElementById(id + "-error");
		assertThat(error).as(id + ": a message next to the field\n" + page).isNotNull();
		assertThat(error.text()).as(id).startsWith("Erreur").endsWith(NOT_A_DATE);
		assertThat(box.attr("aria-invalid")).as(id).isEqualTo("true");
		assertThat(box.attr("aria-describedby").split(" ")).as(id).contains(id + "-format", id + "-error");
		assertThat(box.val()).as(id).isEqualTo(typed);
	}

	/** Not refused as "not a date", and shown again as JJ/MM/AAAA. */
	private static void assertReadAsTheFirstOfSeptember(String page, String name) {
		assertThat(page).as(name).doesNotContain(NOT_A_DATE);
		assertThat(box(Jsoup.parse(page), name).val()).as(name).isEqualTo("01/09/2026");
	}

	/** The one date box of that name. */
	private static Element box(Document html, String name) {
		Element box = html.selectFirst("input.input--date[name=" + name + "]");
		assertThat(box).as(name + "\n" + html).isNotNull();
		return box;
	}

	private String html(String path) throws Exception {
		MvcResult result;
		if (path.startsWith("/agent/journal")) {
			result = this.admin.get(path);
		}
		else if (path.startsWith("/agent")) {
			result = this.agent.get(path);
		}
		else if (path.equals("/inscription")) {
			result = this.mvc.perform(get(path)).andReturn();
		}
		else {
			result = this.pages.perform(this.pages.getAs(this.camille, path));
		}
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String registration(String birthDate) throws Exception {
		String address = "10.9." + (int) (Math.random() * 250) + "." + (1 + (int) (Math.random() * 250));
		return page(post("/inscription").with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).param("lastName", "Lefèvre").param("birthDate", birthDate).param("contactPreference", "EMAIL"));
	}

	private String profile(String birthDate) throws Exception {
		return page(profileForm(birthDate));
	}

	private MockHttpServletRequestBuilder profileForm(String birthDate) {
		return this.pages.postAs(this.camille, "/compte/modifier")
			.param("civility", "MADAME")
			.param("lastName", this.camille.getLastName())
			.param("firstName", "Camille")
			.param("birthDate", birthDate)
			.param("phone", "")
			.param("addressLine", "")
			.param("addressComplement", "")
			.param("postcode", "")
			.param("city", "")
			.param("contactPreference", "EMAIL");
	}

	private String child(String birthDate) throws Exception {
		return page(this.pages.postAs(this.camille, "/compte/foyer/enfants/ajouter")
			.param("lastName", this.camille.getLastName())
			.param("firstNames", "Tom")
			.param("sex", "M")
			.param("birthDate", birthDate));
	}

	private String step(String start) throws Exception {
		return page(this.pages.postAs(this.camille, this.draft)
			.param("_step", "0")
			.param("_action", "next")
			.param("kind", "Échafaudage")
			.param("start", start)
			.param("end", ""));
	}

	/** The bulk action with no request chosen: the page comes back with the date read. */
	private String bulk(String date) throws Exception {
		return body(this.agent.post("/agent/demandes/lot", "action", "informer", "message", "Passage le matin.", "date",
				date));
	}

	private String information(String date) throws Exception {
		String page = html("/agent/demandes/" + this.reference);
		String version = Jsoup.parse(page).select("input[name=version]").first().val();
		return body(this.agent.post("/agent/demandes/" + this.reference + "/information", "version", version,
				"information", "Passage le matin.", "informationDate", date));
	}

	private String page(MockHttpServletRequestBuilder request) throws Exception {
		return body(this.pages.perform(request));
	}

	/** The page shown again (the agent's request page answers 422 to a refused form). */
	private static String body(MvcResult result) throws Exception {
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getRedirectedUrl()).isIn(200, 422);
		return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
