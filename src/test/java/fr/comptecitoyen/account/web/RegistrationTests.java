package fr.comptecitoyen.account.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.security.CaptchaSolver;
import fr.comptecitoyen.support.Mailbox;
import fr.comptecitoyen.support.MutableClock;
import fr.comptecitoyen.support.PortalTest;
import fr.comptecitoyen.support.TestMail;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * "Créer mon compte" over HTTP: each check of the form, the captcha, the pending account
 * created once, the citizen signed in, the welcome email, the rate limit.
 */
// A context of its own: signed-in MockMvc requests of other classes must not leak in.
@PortalTest(properties = "cc.test.context=registration")
class RegistrationTests {

	static final String PASSWORD = "cheval agrafe pile correcte";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	Mailbox mailbox;

	/** A complete, valid form for a unique email address. */
	Map<String, String> form(String email) {
		return new java.util.LinkedHashMap<>(
				Map.ofEntries(Map.entry("civility", "MADAME"), Map.entry("lastName", "Lefèvre"),
						Map.entry("firstName", "Élodie"), Map.entry("otherFirstNames", "Marie Anne"),
						Map.entry("birthDate", "14/07/1990"), Map.entry("email", email), Map.entry("phone", ""),
						Map.entry("addressLine", ""), Map.entry("addressComplement", ""), Map.entry("postcode", ""),
						Map.entry("city", ""), Map.entry("contactPreference", "EMAIL"), Map.entry("password", PASSWORD),
						Map.entry("passwordConfirmation", PASSWORD), Map.entry("terms", "on"),
						Map.entry("registrationKey", key())));
	}

	static String email() {
		return "inscrit-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
	}

	static String key() {
		return UUID.randomUUID().toString().replace("-", "");
	}

	MvcResult submit(Map<String, String> form) throws Exception {
		return submit(form, randomAddress(), true);
	}

	/**
	 * Each test its own client address, so that the rate limit only bites where tested.
	 */
	static String randomAddress() {
		return "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
				+ (1 + (int) (Math.random() * 250));
	}

	MvcResult submit(Map<String, String> form, String address, boolean solveCaptcha) throws Exception {
		MockHttpServletRequestBuilder request = post("/inscription").with(csrf()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		});
		form.forEach(request::param);
		if (solveCaptcha && !form.containsKey("captchaPayload")) {
			request.param("captchaPayload", CaptchaSolver.solve(this.mvc));
		}
		return this.mvc.perform(request).andReturn();
	}

	Map<String, Object> account(String email) {
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from citizen_account where email = ?", email);
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	@Test
	void createsAPendingAccountSignsTheCitizenInAndShowsTheIdentifier() throws Exception {
		String email = email();
		Map<String, String> form = form(email);
		form.put("phone", "06 12 34 56 78");
		form.put("addressLine", "12 rue des Lilas");
		form.put("postcode", "34999");
		form.put("city", "Val-d’Aubrac-sur-Mer");
		form.put("contactPreference", "PHONE");
		MvcResult result = submit(form);
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/inscription/confirmation");
		Map<String, Object> account = account(email);
		assertThat(account.get("status")).isEqualTo("PENDING");
		assertThat(account.get("username")).asString().matches("elodie\\.lefevre\\d*");
		assertThat(account.get("phone")).isEqualTo("+33612345678");
		assertThat(account.get("contact_preference")).isEqualTo("PHONE");
		assertThat(account.get("postcode")).isEqualTo("34999");
		assertThat(account.get("other_first_names")).isEqualTo("Marie Anne");
		assertThat(account.get("birth_date").toString()).isEqualTo("1990-07-14");
		assertThat(account.get("terms_accepted_at")).isNotNull();
		assertThat(account.get("registration_key")).isEqualTo(form.get("registrationKey"));
		assertThat(account.get("password_hash")).asString().startsWith("{argon2}");

		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("signed in: a session was started").isNotNull();
		String confirmation = this.mvc.perform(get("/inscription/confirmation").cookie(session))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmation).contains("Votre compte est créé", "Votre identifiant :",
				">" + account.get("username") + "<", "en attente de validation", "Notez-le");
		assertThat(this.mvc.perform(get("/compte").cookie(session)).andReturn().getResponse().getStatus())
			.as("the account tab opens without signing in again")
			.isNotEqualTo(302);
	}

	@Test
	void anAddressAlreadyUsedIsSaidOnTheConfirmationAndTheIdentifiersAreEmailed() throws Exception {
		String email = email();
		MvcResult first = submit(form(email));
		String firstConfirmation = this.mvc
			.perform(get("/inscription/confirmation").cookie(first.getResponse().getCookie("SESSION")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(firstConfirmation).doesNotContain("Cette adresse électronique est aussi celle");
		Map<String, String> second = form(email);
		second.put("firstName", "Paul");
		MvcResult result = submit(second);
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/inscription/confirmation");
		String confirmation = this.mvc
			.perform(get("/inscription/confirmation").cookie(result.getResponse().getCookie("SESSION")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmation).contains("Cette adresse électronique est aussi celle d’un autre Compte Citoyen",
				"utilisez votre identifiant plutôt que l’adresse");

		String firstUsername = this.jdbc.queryForObject(
				"select username from citizen_account where email = ? and first_name <> 'Paul'", String.class, email);
		String secondUsername = this.jdbc.queryForObject(
				"select username from citizen_account where email = ? and first_name = 'Paul'", String.class, email);
		List<String> mails = this.mailbox.mails(email);
		assertThat(mails)
			.filteredOn((mail) -> mail.contains("Les identifiants des comptes qui utilisent votre adresse"))
			.singleElement()
			.satisfies((mail) -> assertThat(mail).contains("Identifiant du nouveau compte : " + secondUsername,
					"- " + firstUsername, "connectez-vous avec l’identifiant de votre compte"));
	}

	@Test
	void confirmationNeedsASignedInCitizen() throws Exception {
		assertThat(this.mvc.perform(get("/inscription/confirmation")).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/connexion");
	}

	@Test
	void homonymsGetANumberedIdentifier() throws Exception {
		Map<String, String> first = form(email());
		first.put("firstName", "Gaspard");
		first.put("lastName", "Homonyme");
		submit(first);
		Map<String, String> second = form(email());
		second.put("firstName", "Gaspard");
		second.put("lastName", "Homonyme");
		submit(second);
		assertThat(account(first.get("email")).get("username")).isEqualTo("gaspard.homonyme");
		assertThat(account(second.get("email")).get("username")).isEqualTo("gaspard.homonyme2");
	}

	@Test
	void postingTheSameFormTwiceCreatesOneAccount() throws Exception {
		Map<String, String> form = form(email());
		form.put("captchaPayload", CaptchaSolver.solve(this.mvc));
		MvcResult first = submit(form);
		MvcResult second = submit(form);
		assertThat(first.getResponse().getRedirectedUrl()).isEqualTo("/inscription/confirmation");
		assertThat(second.getResponse().getRedirectedUrl()).as("the same confirmation")
			.isEqualTo("/inscription/confirmation");
		assertThat(second.getResponse().getCookie("SESSION")).as("the repeat signs in too").isNotNull();
		assertThat(this.jdbc.queryForObject("select count(*) from citizen_account where email = ?", Integer.class,
				form.get("email")))
			.isEqualTo(1);
	}

	@Test
	void aRepeatedFormNoLongerSignsInAfterFiveMinutes() throws Exception {
		Map<String, String> form = form(email());
		form.put("captchaPayload", CaptchaSolver.solve(this.mvc));
		submit(form);
		this.clock.advance(Duration.ofMinutes(5).plusSeconds(1));
		MvcResult late = submit(form);
		assertThat(late.getResponse().getRedirectedUrl()).isEqualTo("/connexion");
		assertThat(late.getResponse().getCookie("SESSION")).as("no sign-in").isNull();
	}

	@Test
	void aRepeatedFormWithAnotherPasswordCountsAsAFailedSignIn() throws Exception {
		Map<String, String> form = form(email());
		form.put("captchaPayload", CaptchaSolver.solve(this.mvc));
		submit(form);
		String username = account(form.get("email")).get("username").toString();
		form.put("password", "un tout autre mot de passe");
		MvcResult guess = submit(form);
		assertThat(guess.getResponse().getRedirectedUrl()).isEqualTo("/connexion");
		assertThat(this.jdbc.queryForObject("select failures from sign_in_throttle where throttle_key = ?",
				Integer.class, "u:" + username))
			.isEqualTo(1);
	}

	@Test
	void aKnownEmailAddressGetsTheSameAnswer() throws Exception {
		String email = email();
		Map<String, String> first = form(email);
		MvcResult known = submit(first);
		Map<String, String> second = form(email);
		second.put("firstName", "Paul");
		MvcResult again = submit(second);
		assertThat(again.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus());
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl());
		assertThat(
				this.jdbc.queryForObject("select count(*) from citizen_account where email = ?", Integer.class, email))
			.as("emails are not unique: a household may share one")
			.isEqualTo(2);
	}

	@Test
	void welcomeEmailGivesTheIdentifierAndAWorkingLink() throws Exception {
		String email = email();
		submit(form(email));
		String username = (String) account(email).get("username");
		List<MimeMessage> mails = this.mailbox.messages(email);
		assertThat(mails).as("outbox %s", this.jdbc.queryForList(
				"select status, attempts, last_error, next_attempt_at from outbox_message where recipient = ?", email))
			.hasSize(1);
		assertThat(mails.get(0).getSubject()).contains("Ma Commune");
		String text = new String(jakarta.mail.internet.MimeUtility
			.decode(new java.io.ByteArrayInputStream(TestMail.text(mails.get(0)).getBytes()), "quoted-printable")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(text).contains(username, "Madame Élodie Lefèvre");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("https?://[^\\s\"<]+").matcher(text);
		assertThat(link.find()).isTrue();
		String path = java.net.URI.create(link.group()).getPath();
		assertThat(this.mvc.perform(get(path.isEmpty() ? "/" : path)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@ParameterizedTest(name = "{0} = \"{1}\" → {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					civility          |                  | Indiquez votre civilité.
					civility          | MADEMOISELLE     | Indiquez votre civilité.
					lastName          |                  | Indiquez votre nom.
					lastName          | Dupont3          | Le nom ne peut contenir que des lettres
					firstName         |                  | Indiquez votre prénom usuel.
					firstName         | <script>         | Le prénom ne peut contenir que des lettres
					otherFirstNames   | Jean_2           | Les autres prénoms ne peuvent contenir
					birthDate         |                  | Indiquez la date de naissance.
					birthDate         | 31/02/1990       | Saisissez une date valide au format JJ/MM/AAAA
					birthDate         | hier             | Saisissez une date valide au format JJ/MM/AAAA
					birthDate         | 14/07/90         | Saisissez une date valide au format JJ/MM/AAAA
					birthDate         | 01/01/2999       | La date de naissance ne peut pas être dans le futur.
					birthDate         | 01/01/1850       | Vérifiez l’année de naissance : elle remonte à plus de 130 ans.
					email             |                  | Indiquez votre adresse électronique
					email             | jean.dupont      | L’adresse électronique doit être de la forme
					phone             | 12345            | Ce numéro de téléphone n’est pas valide.
					phone             | +33 6 12         | Ce numéro de téléphone n’est pas valide.
					addressLine       | 12 rue des Lilas | Indiquez le code postal, ou laissez toute l’adresse vide.
					postcode          | 3499             | Le code postal doit comporter 5 chiffres.
					contactPreference | PHONE            | Pour choisir le téléphone comme mode de communication, indiquez votre numéro.
					password          | court            | au moins 12 caractères
					password          | azertyuiop123    | fait partie des plus utilisés
					password          | élodie-lefèvre-1990 | ne doit contenir ni votre nom
					passwordConfirmation | autre chose de long | Les deux mots de passe ne sont pas identiques.
					terms             |                  | acceptez les conditions d’utilisation
					""")
	void badInputIsExplainedNextToTheFieldAndInTheSummaryWithEverythingKept(String field, String value, String message)
			throws Exception {
		String email = email();
		Map<String, String> form = form(email);
		form.put(field, (value == null) ? "" : value);
		if (field.equals("password")) {
			form.put("passwordConfirmation", value);
		}
		MvcResult result = submit(form);
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		String html = result.getResponse().getContentAsString();
		assertThat(html).contains("Le formulaire contient des erreurs");
		String target = switch (field) {
			case "addressLine" -> "postcode";
			default -> field;
		};
		assertThat(html).contains("href=\"#" + target + "\"", "id=\"" + target + "-error\"");
		assertThat(count(html, message)).as("message next to the field and in the summary").isEqualTo(2);
		assertThat(html).as("typed values kept")
			.contains(field.equals("lastName") ? "value=\"Élodie\"" : "value=\"Lefèvre\"");
		if (value != null && !field.startsWith("password") && !field.equals("civility")
				&& !field.equals("contactPreference") && !field.equals("terms")) {
			String kept = value;
			assertThat(html).as("the wrong value itself is kept")
				.contains("value=\"" + kept.replace("<", "&lt;").replace(">", "&gt;") + "\"");
		}
		assertThat(html).as("passwords are never sent back").doesNotContain(PASSWORD);
		assertThat(
				this.jdbc.queryForObject("select count(*) from citizen_account where email = ?", Integer.class, email))
			.isZero();
	}

	@Test
	void holderMustBeAtLeastSixteen() throws Exception {
		DateTimeFormatter format = DateTimeFormatter.ofPattern("d/M/yyyy");
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		Map<String, String> young = form(email());
		young.put("birthDate", today.minusYears(16).plusDays(2).format(format));
		assertThat(submit(young).getResponse().getContentAsString())
			.contains("Il faut avoir au moins 16 ans pour créer un compte : le titulaire agit pour son foyer.");
		Map<String, String> sixteen = form(email());
		sixteen.put("birthDate", today.minusYears(16).minusDays(1).format(format));
		assertThat(submit(sixteen).getResponse().getStatus()).isEqualTo(302);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			06 12 34 56 78      | +33612345678
			06.12.34.56.78      | +33612345678
			04 67 00 00 00      | +33467000000
			+33 1 42 76 40 40   | +33142764040
			+44 20 7946 0958    | +442079460958
			+1 415 555 2671     | +14155552671
			""")
	void phoneNumbersAreCheckedAndStoredInInternationalForm(String typed, String stored) throws Exception {
		Map<String, String> form = form(email());
		form.put("phone", typed);
		assertThat(submit(form).getResponse().getStatus()).isEqualTo(302);
		assertThat(account(form.get("email")).get("phone")).isEqualTo(stored);
	}

	@Test
	void withoutTheCaptchaNoAccountIsCreated() throws Exception {
		Map<String, String> form = form(email());
		String html = submit(form, randomAddress(), false).getResponse().getContentAsString();
		assertThat(html).contains("La vérification anti-robot n’a pas été faite", "href=\"#captcha\"")
			.as("nothing done is asked for, not called wrong")
			.doesNotContain("anti-robot n’a pas abouti", "pas la bonne réponse");
		assertThat(html).as("the password fields come back empty, and the page says so, in its summary too")
			.contains("le mot de passe n’est pas réaffiché : saisissez-le de nouveau", "href=\"#password\"",
					"id=\"password-error\"");
		assertThat(html).as("the box ticked with JavaScript is described by the message too")
			.contains("id=\"captchaCheck\" aria-describedby=\"captcha-error\"");
		assertThat(this.jdbc.queryForObject("select count(*) from citizen_account where email = ?", Integer.class,
				form.get("email")))
			.isZero();
	}

	@Test
	void theTextQuestionWorksInPlaceOfTheProofOfWork() throws Exception {
		String page = this.mvc.perform(get("/inscription")).andReturn().getResponse().getContentAsString();
		String question = between(page, "<label for=\"captchaAnswer\">", "</label>");
		String token = between(page, "name=\"captchaToken\" value=\"", "\"");
		Map<String, String> form = form(email());
		form.put("captchaToken", token);
		form.put("captchaAnswer", String.valueOf(Integer.parseInt(CaptchaSolver.answer(question)) + 1));
		assertThat(submit(form, randomAddress(), false).getResponse().getContentAsString()).as("wrong answer refused")
			.contains("Ce n’est pas la bonne réponse", "aria-invalid=\"true\"");
		form.put("captchaAnswer", CaptchaSolver.answer(question));
		assertThat(submit(form, randomAddress(), false).getResponse().getContentAsString())
			.as("the same question answered again: spent")
			.contains("La vérification anti-robot n’a pas abouti ou a expiré");
		page = this.mvc.perform(get("/inscription")).andReturn().getResponse().getContentAsString();
		form.put("captchaToken", between(page, "name=\"captchaToken\" value=\"", "\""));
		form.put("captchaAnswer", CaptchaSolver.answer(between(page, "<label for=\"captchaAnswer\">", "</label>")));
		assertThat(submit(form, randomAddress(), false).getResponse().getStatus()).isEqualTo(302);
		assertThat(account(form.get("email")).get("status")).isEqualTo("PENDING");
	}

	@Test
	void oneAddressCreatesAtMostTenAccountsAnHour() throws Exception {
		String address = "198.51.100." + (1 + (int) (Math.random() * 200));
		for (int i = 0; i < 10; i++) {
			assertThat(submit(form(email()), address, true).getResponse().getStatus()).isEqualTo(302);
		}
		Map<String, String> eleventh = form(email());
		MvcResult refused = submit(eleventh, address, true);
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("Trop de comptes ont été créés",
				"value=\"" + eleventh.get("email") + "\"");
		assertThat(this.jdbc.queryForObject("select count(*) from citizen_account where email = ?", Integer.class,
				eleventh.get("email")))
			.isZero();
		assertThat(submit(form(email()), "203.0.113.9", true).getResponse().getStatus())
			.as("other addresses are not affected")
			.isEqualTo(302);
		this.clock.advance(Duration.ofMinutes(61));
		assertThat(submit(form(email()), address, true).getResponse().getStatus()).as("an hour later").isEqualTo(302);
	}

	@Test
	void retourIsCarriedThroughRegistrationWhenLocalOnly() throws Exception {
		assertThat(this.mvc.perform(get("/inscription").param("retour", "/services?x=1"))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("name=\"retour\" value=\"/services?x=1\"");
		assertThat(this.mvc.perform(get("/inscription").param("retour", "//evil.example/"))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain("evil.example");
		Map<String, String> form = form(email());
		form.put("retour", "/essai?reprise=abc&x=1");
		MvcResult result = submit(form);
		assertThat(result.getResponse().getRedirectedUrl())
			.isEqualTo("/inscription/confirmation?retour=%2Fessai%3Freprise%3Dabc%26x%3D1");
		String confirmation = this.mvc
			.perform(get(java.net.URI.create(result.getResponse().getRedirectedUrl()))
				.cookie(result.getResponse().getCookie("SESSION")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(confirmation).contains("Continuer ma démarche", "href=\"/essai?reprise=abc&amp;x=1\"");
	}

	@Test
	void termsOfUsePageIsOurOwn() throws Exception {
		assertThat(this.mvc.perform(get("/conditions-utilisation")).andReturn().getResponse().getContentAsString())
			.contains("Conditions d’utilisation", "Vos engagements");
	}

	private int count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static int count(String html, String text) {
		String escaped = text.replace("<", "&lt;").replace(">", "&gt;");
		int count = 0;
		for (int i = html.indexOf(escaped); i >= 0; i = html.indexOf(escaped, i + 1)) {
			count++;
		}
		return count;
	}

	private static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from)).strip();
	}

}
