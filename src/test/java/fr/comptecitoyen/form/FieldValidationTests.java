package fr.comptecitoyen.form;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static fr.comptecitoyen.form.Forms.errors;
import static fr.comptecitoyen.form.Forms.form;
import static fr.comptecitoyen.form.Forms.household;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Server-side validation of every field type: what is accepted, what is refused and with
 * which message code.
 */
class FieldValidationTests {

	@Test
	void shortAndLongTextAreRequiredByDefaultAndBounded() {
		FormDefinition form = form("{key: name, type: short-text, label: Nom, max-length: 5}",
				"{key: note, type: long-text, label: Note, required: false}");
		assertThat(errors(form)).containsExactlyEntriesOf(Map.of("name", "form.error.required"));
		assertThat(errors(form, "name", "   ")).containsEntry("name", "form.error.required");
		assertThat(errors(form, "name", "Dupont")).containsEntry("name", "form.error.tooLong");
		assertThat(errors(form, "name", "Dupon")).isEmpty();
		assertThat(errors(form, "name", "Paul", "note", "x".repeat(4001))).containsEntry("note", "form.error.tooLong");
	}

	@Test
	void emailMustLookLikeAnAddress() {
		FormDefinition form = form("{key: email, type: email, label: Courriel}");
		assertThat(errors(form, "email", "jean.dupont")).containsEntry("email", "form.error.email");
		assertThat(errors(form, "email", "jean@dupont")).containsEntry("email", "form.error.email");
		assertThat(errors(form, "email", "jean.dupont@example.fr")).isEmpty();
	}

	@Test
	void phoneAcceptsFrenchAndInternationalNumbers() {
		FormDefinition form = form("{key: phone, type: phone, label: Téléphone}");
		assertThat(errors(form, "phone", "06 12 34 56 78")).isEmpty();
		assertThat(errors(form, "phone", "+33 4 67 00 00 00")).isEmpty();
		assertThat(errors(form, "phone", "+44 20 7946 0958")).isEmpty();
		assertThat(errors(form, "phone", "06 12 34")).containsEntry("phone", "form.error.phone");
		assertThat(errors(form, "phone", "téléphone")).containsEntry("phone", "form.error.phone");
	}

	@Test
	void numberIsWholeAndWithinBounds() {
		FormDefinition form = form("{key: quantity, type: number, label: Quantité, min: 1, max: 20}");
		assertThat(errors(form, "quantity", "deux")).containsEntry("quantity", "form.error.number");
		assertThat(errors(form, "quantity", "0")).containsEntry("quantity", "form.error.number.min");
		assertThat(errors(form, "quantity", "21")).containsEntry("quantity", "form.error.number.max");
		assertThat(errors(form, "quantity", "20")).isEmpty();
		FieldError error = Forms.engine()
			.submit(form, Answers.empty(), 0, Forms.params("quantity", "0"), FormContext.none())
			.errors()
			.get(0);
		assertThat(error.args()).containsExactly(1L);
		assertThat(error.target()).isEqualTo("f-quantity");
		assertThat(error.label()).isEqualTo("Quantité");
	}

	@Test
	void choiceAcceptsOnlyItsOptions() {
		FormDefinition form = form("{key: level, type: choice, label: Niveau, options: [CP, CE1]}");
		assertThat(errors(form)).containsEntry("level", "form.error.choose");
		assertThat(errors(form, "level", "CM2")).containsEntry("level", "form.error.option");
		assertThat(errors(form, "level", "CE1")).isEmpty();
	}

	@Test
	void multiChoiceKeepsAListOfKnownOptions() {
		FormDefinition form = form("{key: days, type: multi-choice, label: Jours, options: [Lundi, Mardi, Jeudi]}");
		assertThat(errors(form)).containsEntry("days", "form.error.chooseSome");
		assertThat(errors(form, "days", "Lundi", "days", "Dimanche")).containsEntry("days", "form.error.option");
		StepResult result = Forms.engine()
			.submit(form, Answers.empty(), 0, Forms.params("days", "Lundi", "days", "Jeudi"), FormContext.none());
		assertThat(result.valid()).isTrue();
		assertThat(result.answers().get("days")).isEqualTo(List.of("Lundi", "Jeudi"));
	}

	@Test
	void yesNoIsTrueOrFalse() {
		FormDefinition form = form("{key: diet, type: yes-no, label: Régime}");
		assertThat(errors(form)).containsEntry("diet", "form.error.choose");
		assertThat(errors(form, "diet", "peut-être")).containsEntry("diet", "form.error.option");
		assertThat(errors(form, "diet", "false")).isEmpty();
	}

	@Test
	void addressNeedsAStreetAFiveDigitPostcodeAndACommune() {
		FormDefinition form = form("{key: address, type: address, label: Adresse}");
		assertThat(errors(form)).containsEntry("address", "form.error.address.missing");
		assertThat(errors(form, "address.postcode", "34999", "address.commune", "Ici")).containsEntry("address",
				"form.error.address.line");
		assertThat(errors(form, "address.line", "1 rue A", "address.postcode", "3499", "address.commune", "Ici"))
			.containsEntry("address", "form.error.address.postcode");
		assertThat(errors(form, "address.line", "1 rue A", "address.postcode", "34999")).containsEntry("address",
				"form.error.address.commune");
		assertThat(errors(form, "address.line", "1 rue A", "address.postcode", "34999", "address.commune", "Ici"))
			.isEmpty();
		String tooLong = "x".repeat(201);
		assertThat(errors(form, "address.line", tooLong, "address.postcode", "34999", "address.commune", "Ici"))
			.as("too long is not empty: the message gives the limit")
			.containsEntry("address", "form.error.address.line.tooLong");
		assertThat(errors(form, "address.line", "1 rue A", "address.complement", tooLong, "address.postcode", "34999",
				"address.commune", "Ici"))
			.containsEntry("address", "form.error.address.complement.tooLong");
		assertThat(errors(form, "address.line", "1 rue A", "address.postcode", "34999", "address.commune", tooLong))
			.containsEntry("address", "form.error.address.commune.tooLong");
	}

	@Test
	void memberPickerOffersFilteredMembersAndFillsNameAndBirthDate() {
		FormDefinition form = form(
				"{key: child, type: member, label: Enfant, filter: children, age: {min: 3, max: 11}}");
		FormContext context = new FormContext(PrefillSource.none(), household());
		StepView view = Forms.engine().view(form, Answers.empty(), 0, List.of(), context);
		assertThat(view.fields().get(0).data()).extracting("members")
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(MemberOption.class))
			.extracting(MemberOption::id)
			.containsExactly("m3");
		assertThat(errors(form, context, "child", "m1")).containsEntry("child", "form.error.member");
		assertThat(errors(form, context, "child", "m4")).containsEntry("child", "form.error.member");
		assertThat(errors(form, context, "child", "inconnu")).containsEntry("child", "form.error.member");
		StepResult result = Forms.engine().submit(form, Answers.empty(), 0, Forms.params("child", "m3"), context);
		assertThat(result.valid()).isTrue();
		assertThat(result.answers().get("child"))
			.isEqualTo(Map.of("id", "m3", "first-name", "Léa", "last-name", "Martin", "birth-date", "2019-09-03"));
	}

	@Test
	void groupKeepsItsRowsAndChecksEachOne() {
		FormDefinition form = form("{key: items, type: group, label: Objet, repeat: {min: 1, max: 3}, fields: ["
				+ "{key: kind, type: choice, label: Type, options: [Meuble, Autre]},"
				+ "{key: quantity, type: number, label: Quantité, min: 1, max: 20},"
				+ "{key: other, type: short-text, label: Précisez, visible-when: \"kind == 'Autre'\"}]}");
		assertThat(errors(form)).containsEntry("items", "form.error.rows.min");
		assertThat(errors(form, "items[0]._row", "1")).containsEntry("items[0].kind", "form.error.choose")
			.containsEntry("items[0].quantity", "form.error.required");
		Map<String, String> errors = errors(form, "items[0]._row", "1", "items[0].kind", "Meuble", "items[0].quantity",
				"2", "items[1]._row", "1", "items[1].kind", "Autre", "items[1].quantity", "30");
		assertThat(errors).containsOnlyKeys("items[1].quantity", "items[1].other");
		StepResult result = Forms.engine()
			.submit(form, Answers.empty(), 0, Forms.params("items[0]._row", "1", "items[0].kind", "Meuble",
					"items[0].quantity", "2", "items[1]._row", "1"), FormContext.none());
		assertThat(result.valid()).as("an empty extra row is ignored").isTrue();
		assertThat(result.errors()).isEmpty();
		FieldError rowError = Forms.engine()
			.submit(form, Answers.empty(), 0,
					Forms.params("items[0]._row", "1", "items[0].kind", "Meuble", "items[0].quantity", "x"),
					FormContext.none())
			.errors()
			.get(0);
		assertThat(rowError.row()).isEqualTo(1);
		assertThat(rowError.target()).isEqualTo("f-items-0-quantity");
	}

	@Test
	void consentMustBeTickedWhenRequired() {
		FormDefinition form = form("{key: certify, type: consent, label: J’atteste}");
		assertThat(errors(form)).containsEntry("certify", "form.error.consent");
		assertThat(errors(form, "certify", "true")).isEmpty();
	}

	@Test
	void fileAndInfoNeverBlockTheStep() {
		FormDefinition form = form("{key: photo, type: file, label: Photo}",
				"{key: notice, type: info, text: À lire.}");
		assertThat(errors(form)).isEmpty();
		assertThat(Forms.engine()
			.submit(form, Answers.empty(), 0, Forms.params("photo", "x.jpg"), FormContext.none())
			.answers()
			.asMap()).isEmpty();
	}

}
