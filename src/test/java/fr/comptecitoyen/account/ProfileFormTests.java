package fr.comptecitoyen.account;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.support.Citizen;
import fr.comptecitoyen.support.Citizens;
import fr.comptecitoyen.support.Pages;
import fr.comptecitoyen.support.PortalTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Modifier mon compte": validation in French with what was typed kept, phone numbers
 * checked and normalised, and no change at all while the account is not validated.
 */
@PortalTest
class ProfileFormTests {

	@Autowired
	Citizens citizens;

	@Autowired
	Pages pages;

	@Autowired
	MockMvc mvc;

	/**
	 * A complete, valid profile, with some fields replaced (name, value, name, value...).
	 */
	private static MockHttpServletRequestBuilder profile(MockHttpServletRequestBuilder post, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("civility", "MADAME");
		fields.put("lastName", "Martin");
		fields.put("firstName", "Camille");
		fields.put("otherFirstNames", "Louise Marie");
		fields.put("birthDate", "12/03/1984");
		fields.put("phone", "0612345678");
		fields.put("addressLine", "12 rue des Lilas");
		fields.put("addressComplement", "");
		fields.put("postcode", "34200");
		fields.put("city", "Sète");
		fields.put("contactPreference", "PHONE");
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		fields.forEach(post::param);
		return post;
	}

	@Test
	void validatedAccountSavesTheProfileWithANormalisedPhone() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Profil"));
		this.mvc.perform(profile(this.pages.postAs(camille, "/compte/modifier"))).andExpect(redirectedUrl("/compte"));
		Account saved = this.citizens.account(camille);
		assertThat(saved.getPhone()).isEqualTo("+33612345678");
		assertThat(saved.getOtherFirstNames()).isEqualTo("Louise Marie");
		assertThat(saved.getAddress().postcode()).isEqualTo("34200");
		assertThat(saved.getContactPreference()).isEqualTo(ContactPreference.PHONE);
		assertThat(saved.getEmail()).isEqualTo(camille.getEmail());
	}

	@Test
	void internationalNumberIsKeptInInternationalForm() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Londres"));
		this.mvc.perform(profile(this.pages.postAs(camille, "/compte/modifier"), "phone", "+44 20 7946 0958"))
			.andExpect(redirectedUrl("/compte"));
		assertThat(this.citizens.account(camille).getPhone()).isEqualTo("+442079460958");
	}

	@Test
	void wrongFieldsAreExplainedInFrenchAndTypedValuesKept() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Erreurs"));
		String html = this.mvc
			.perform(profile(this.pages.postAs(camille, "/compte/modifier"), "civility", "", "lastName", "", "phone",
					"12345", "postcode", "342", "birthDate", "12/03/84"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Le formulaire contient des erreurs", "Choisissez votre civilité.",
				"Indiquez votre nom.", "Ce numéro de téléphone n’est pas valide",
				"Le code postal doit comporter 5 chiffres", "Saisissez une date valide au format JJ/MM/AAAA",
				"value=\"12345\"", "value=\"342\"", "value=\"12/03/84\"", "value=\"12 rue des Lilas\"",
				"href=\"#postcode\"", "href=\"#civility\"");
		assertThat(this.citizens.account(camille).getPhone()).isNull();
	}

	@Test
	void contactByPhoneNeedsAPhoneNumber() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Tel"));
		String html = this.mvc.perform(profile(this.pages.postAs(camille, "/compte/modifier"), "phone", ""))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html)
			.contains("Indiquez un numéro de téléphone : vous avez choisi le téléphone comme mode de communication.");
	}

	@Test
	void startedAddressNeedsStreetPostcodeAndCommune() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Adresse"));
		String html = this.mvc
			.perform(profile(this.pages.postAs(camille, "/compte/modifier"), "addressLine", "", "postcode", "", "city",
					"Sète"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("Indiquez le numéro et la voie de votre adresse.",
				"Indiquez le code postal de votre adresse.");
	}

	@Test
	void emailIsShownReadOnlyWithALinkToAccountSecurity() throws Exception {
		Citizen camille = this.citizens.validated("Camille", Citizens.unique("Courriel"));
		String html = this.pages.page(camille, "/compte/modifier");
		assertThat(html).contains(camille.getEmail(), "href=\"/compte/securite\"").doesNotContain("name=\"email\"");
	}

	@Test
	void pendingAccountSeesItsProfileReadOnlyAndCannotChangeIt() throws Exception {
		Citizen jean = this.citizens.pending("Jean", Citizens.unique("Lecture"));
		Instant updated = this.citizens.account(jean).getUpdatedAt();
		String form = this.pages.page(jean, "/compte/modifier");
		assertThat(form).contains("en attente de validation par la mairie", "ne peuvent pas être modifiées")
			.doesNotContain("name=\"lastName\"");

		String refused = this.mvc.perform(profile(this.pages.postAs(jean, "/compte/modifier")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Vos modifications n’ont pas été enregistrées : votre compte est en attente");
		Account unchanged = this.citizens.account(jean);
		assertThat(unchanged.getPhone()).isNull();
		assertThat(unchanged.getFirstName()).isEqualTo("Jean");
		assertThat(unchanged.getUpdatedAt()).isEqualTo(updated);
	}

}
