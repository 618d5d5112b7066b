package fr.comptecitoyen.account.web;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormEngine;
import fr.comptecitoyen.security.PasswordPolicy;
import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.web.FormErrors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same email address, phone number or postcode is accepted or refused alike by "Créer
 * mon compte", "Modifier mon compte" and a procedure's field of that type: a citizen
 * never passes one form and fails the next with the same value.
 */
class InputRulesAgreementTests {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), PARIS);

	private static final CitySettings CITY = new CitySettings("Ma Commune", "/img/logo.svg", "#1d4e89", "#a4262c",
			"aide@example.org", "Hôtel de ville", "", PARIS, URI.create("http://localhost"), "Le maire", "La commune",
			null);

	private final RegistrationValidator registration = new RegistrationValidator(new PasswordPolicy(CITY), CLOCK,
			PARIS);

	private final ProfileFormCheck profile = new ProfileFormCheck(CLOCK, PARIS);

	private final FormEngine engine = new FormEngine(CLOCK, CITY);

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "jean.dupont@example.fr", "Jean.Dupont@Example.FR", "jean+mairie@example.fr",
			"o'connor@example.ie", "jean@mairie-sète.fr", "jean@example.f", "jean@dupont", "jean@localhost",
			"jean..dupont@example.fr", ".jean@example.fr", "jean@example..fr", "jean@-example.fr", "jean@example.fr.",
			"jean@@example.fr", "jéan@example.fr", "\"jean\"@example.fr", "jean dupont@example.fr",
			"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa@example.fr" })
	void registrationAndAProcedureEmailFieldAgreeOnEveryAddress(String address) {
		boolean byRegistration = !registrationErrors(Map.of("email", address)).has("email");
		boolean byProcedure = procedureAccepts("{key: contact, type: email, label: Courriel}",
				Map.of("contact", address));
		assertThat(byProcedure).as("procedure field agrees with registration").isEqualTo(byRegistration);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "06 12 34 56 78", "06.12.34.56.78", "0612345678", "+33 6 12 34 56 78", "+44 20 7946 0958",
			"06 12 34", "12345", "téléphone", "+33 6 12 34 56 78 90 12 34 56 78 90 12" })
	void registrationProfileAndAProcedurePhoneFieldAgreeOnEveryNumber(String number) {
		boolean byRegistration = !registrationErrors(Map.of("phone", number)).has("phone");
		boolean byProfile = !profileErrors(number, null).has("phone");
		boolean byProcedure = procedureAccepts("{key: tel, type: phone, label: Téléphone}", Map.of("tel", number));
		assertThat(byProfile).as("profile agrees with registration").isEqualTo(byRegistration);
		assertThat(byProcedure).as("procedure field agrees with registration").isEqualTo(byRegistration);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "34200", "34 200", "20000", "97400", "3420", "342000", "34-200", "34 2OO", "ABCDE" })
	void registrationProfileAndAProcedureAddressAgreeOnEveryPostcode(String postcode) {
		Map<String, String> address = Map.of("addressLine", "1 rue de la Mairie", "postcode", postcode, "city", "Sète");
		boolean byRegistration = !registrationErrors(address).has("postcode");
		boolean byProfile = !profileErrors(null, postcode).has("postcode");
		boolean byProcedure = procedureAccepts("{key: address, type: address, label: Adresse}",
				Map.of("address.line", "1 rue de la Mairie", "address.postcode", postcode, "address.commune", "Sète"));
		assertThat(byProfile).as("profile agrees with registration").isEqualTo(byRegistration);
		assertThat(byProcedure).as("procedure field agrees with registration").isEqualTo(byRegistration);
	}

	private FormErrors registrationErrors(Map<String, String> typed) {
		Map<String, String> values = new HashMap<>(typed);
		RegistrationForm form = new RegistrationForm("MONSIEUR", "Dupont", "Jean", null, "14/07/1990",
				values.getOrDefault("email", "jean.dupont@example.fr"), values.get("phone"), values.get("addressLine"),
				null, values.get("postcode"), values.get("city"), "EMAIL", "cheval agrafe pile correcte",
				"cheval agrafe pile correcte", "on", null, null, null, null, null);
		return this.registration.check(form, "key").errors();
	}

	private FormErrors profileErrors(String phone, String postcode) {
		ProfileForm form = new ProfileForm("MONSIEUR", "Dupont", "Jean", null, "14/07/1990", phone,
				(postcode != null) ? "1 rue de la Mairie" : null, null, postcode, (postcode != null) ? "Sète" : null,
				"EMAIL");
		FormErrors errors = new FormErrors();
		this.profile.check(form, errors);
		return errors;
	}

	private boolean procedureAccepts(String field, Map<String, String> typed) {
		FormDefinition form = FormDefinition
			.read(new Yaml().load("- title: Étape\n  fields:\n    - " + field.replace("\n", " ") + "\n"));
		Map<String, String[]> params = new HashMap<>();
		typed.forEach((name, value) -> params.put(name, new String[] { value }));
		return this.engine.submit(form, Answers.empty(), 0, params, FormContext.none()).errors().isEmpty();
	}

}
