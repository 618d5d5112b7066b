package fr.comptecitoyen.form;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.comptecitoyen.catalogue.Catalogue;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.support.PortalTest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field type renders with the real fragments: labelled inputs, hints and errors
 * linked by {@code aria-describedby}, {@code aria-invalid}, fieldsets for radios and
 * check boxes, what was typed kept; and a read-only rendering for summaries. Every
 * shipped procedure renders, step by step, in both modes.
 */
@PortalTest
class FieldRenderingTests {

	@Autowired
	SpringTemplateEngine templates;

	/**
	 * On a fixed day (27 November 2026), so that relative date bounds read the same every
	 * day.
	 */
	final FormEngine engine = Forms.engine();

	@Autowired
	Catalogue catalogue;

	private static final FormDefinition ALL = Forms.form("{key: name, type: short-text, label: Nom, hint: Votre nom.}",
			"{key: note, type: long-text, label: Note, required: false}", "{key: email, type: email, label: Courriel}",
			"{key: phone, type: phone, label: Téléphone}", "{key: count, type: number, label: Nombre, min: 1}",
			"{key: start, type: date, label: Début, min: tomorrow}",
			"{key: level, type: choice, label: Niveau, options: [CP, CE1]}",
			"{key: school, type: choice, display: list, label: École, options: [Jules-Ferry, Le Port]}",
			"{key: days, type: multi-choice, label: Jours, options: [Lundi, Jeudi]}",
			"{key: diet, type: yes-no, label: Régime}", "{key: address, type: address, label: Adresse}",
			"{key: child, type: member, label: Enfant, filter: children}",
			"{key: items, type: group, label: Objet, repeat: {min: 1, max: 3}, fields: [{key: kind, type: choice, label: Type, options: [Meuble, Autre]}, {key: quantity, type: number, label: Quantité}]}",
			"{key: photo, type: file, label: Photo, text: Une photo aide.}",
			"{key: certify, type: consent, label: J’atteste sur l’honneur.}",
			"{key: notice, type: info, text: Les gravats ne sont pas collectés.}");

	private static final Map<String, Object> FILLED = Map.ofEntries(Map.entry("name", "Dupont"),
			Map.entry("email", "jean@example.fr"), Map.entry("phone", "06 12 34 56 78"), Map.entry("count", "0"),
			Map.entry("start", "2026-12-01"), Map.entry("level", "CE1"), Map.entry("school", "Le Port"),
			Map.entry("days", List.of("Lundi", "Jeudi")), Map.entry("diet", "true"),
			Map.entry("address", Map.of("line", "1 rue des Lilas", "postcode", "34999", "commune", "Val")),
			Map.entry("child",
					Map.of("id", "m3", "first-name", "Léa", "last-name", "Martin", "birth-date", "2019-09-03")),
			Map.entry("items", List.of(Map.of("kind", "Meuble", "quantity", "2"))), Map.entry("certify", "true"));

	private final FormContext household = new FormContext(PrefillSource.none(), Forms.household());

	/** Tomorrow for the engine under test (its clock stands on {@link Forms#TODAY}). */
	private static String tomorrow() {
		return Forms.TODAY.plusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
	}

	@Test
	void editRenderingLabelsEveryInputAndKeepsValues() {
		String html = edit(ALL, Answers.of(FILLED), List.of());
		assertThat(html).contains("<label for=\"f-name\"><span>Nom</span></label>",
				"<p class=\"hint\" id=\"f-name-hint\">Votre nom.</p>", "aria-describedby=\"f-name-hint\"",
				"id=\"f-name\" name=\"name\"", "value=\"Dupont\"", "<span>Note</span><span> (facultatif)</span>",
				"<textarea", "type=\"email\"", "type=\"tel\"", "inputmode=\"numeric\"", "Format attendu : JJ/MM/AAAA.",
				"Au plus tôt le " + tomorrow() + ".", "value=\"01/12/2026\"", "<legend><span>Niveau</span></legend>",
				"id=\"f-level-1\" name=\"level\" value=\"CE1\" checked", "<select id=\"f-school\" name=\"school\"",
				"<option value=\"Le Port\" selected",
				"type=\"checkbox\" id=\"f-days-0\" name=\"days\" value=\"Lundi\" checked",
				"id=\"f-diet-0\" name=\"diet\" value=\"true\" checked", ">Oui<", ">Non<",
				"id=\"f-address-postcode\" name=\"address.postcode\" value=\"34999\"", "Complément d’adresse",
				"Léa Martin, date de naissance : 03/09/2019", "id=\"f-child-1\" name=\"child\" value=\"m3\" checked",
				"name=\"items[0]._row\"", "name=\"items[0].kind\"", "Objet n° 1", "value=\"add:items\"",
				"Ajouter une ligne (Objet)", "type=\"file\" multiple", "Une photo aide.",
				"Formats acceptés : PDF, JPEG, PNG ; 10 Mo au plus par fichier.",
				"type=\"checkbox\" value=\"true\" id=\"f-certify\" name=\"certify\"",
				"Les gravats ne sont pas collectés.")
			.contains("Jules Martin", "Hugo Martin")
			.as("adults are not offered by a children filter")
			.doesNotContain("Camille Martin");
	}

	@Test
	void everyPartOfAnAddressToCorrectIsToldAtOnce() {
		FormDefinition form = Forms.form("{key: address, type: address, label: Adresse}");
		Answers answers = Answers.of(Map.of("address", Map.of("postcode", "349", "complement", "Bât. B")));
		List<FieldError> errors = this.engine.validateStep(form, answers, 0, this.household);
		assertThat(errors).extracting(FieldError::target)
			.containsExactly("f-address-line", "f-address-postcode", "f-address-commune");
		String html = edit(form, answers, errors);
		assertThat(html).contains("<a href=\"#f-address-line\">Adresse : Saisissez le numéro et le nom de la voie.</a>",
				"<a href=\"#f-address-postcode\">Adresse : Saisissez un code postal de 5 chiffres.</a>",
				"<a href=\"#f-address-commune\">Adresse : Saisissez le nom de la commune.</a>");
		String messages = html.substring(html.indexOf("id=\"f-address-error\""), html.indexOf("id=\"f-address-line\""));
		assertThat(messages).contains("Saisissez le numéro et le nom de la voie.",
				"Saisissez un code postal de 5 chiffres.", "Saisissez le nom de la commune.");
		for (String part : List.of("line", "postcode", "commune")) {
			assertThat(html).containsPattern("id=\"f-address-" + part + "\"[^>]*aria-invalid=\"true\"");
		}
		assertThat(html).doesNotContainPattern("id=\"f-address-complement\"[^>]*aria-invalid")
			.contains("value=\"Bât. B\"", "value=\"349\"");
		// Left empty: one message, and every box it needs marked.
		List<FieldError> missing = this.engine.validateStep(form, Answers.empty(), 0, this.household);
		String empty = edit(form, Answers.empty(), missing);
		for (String part : List.of("line", "postcode", "commune")) {
			assertThat(empty).containsPattern("id=\"f-address-" + part + "\"[^>]*aria-invalid=\"true\"");
		}
		assertThat(empty).doesNotContainPattern("id=\"f-address-complement\"[^>]*aria-invalid");
	}

	@Test
	void errorsAreSummarisedLinkedAndAnnouncedNextToTheirField() {
		List<FieldError> errors = this.engine.validateStep(ALL, Answers.of(FILLED), 0, this.household);
		assertThat(errors).extracting(FieldError::path).containsExactly("count");
		String html = edit(ALL, Answers.of(FILLED), errors);
		assertThat(html).contains("class=\"error-summary\"",
				"<a href=\"#f-count\">Nombre : Saisissez un nombre " + "supérieur ou égal à 1.</a>",
				"id=\"f-count-error\"", "aria-describedby=\"f-count-error\"", "aria-invalid=\"true\"", "value=\"0\"");
		List<FieldError> missing = this.engine.validateStep(ALL, Answers.empty(), 0, this.household);
		String empty = edit(ALL, Answers.empty(), missing);
		assertThat(empty).contains("<a href=\"#f-name\">Nom : Renseignez ce champ.</a>",
				"<a href=\"#f-level-0\">Niveau : Choisissez une réponse.</a>",
				"<a href=\"#f-address-line\">Adresse : Saisissez l’adresse : le numéro et le nom de la voie, le code postal et la commune.</a>",
				"<a href=\"#f-items-add\">Objet : Remplissez au moins une ligne.</a>",
				"<a href=\"#f-certify\">J’atteste sur l’honneur. : Cochez cette case pour continuer.</a>");
	}

	@Test
	void readOnlyRenderingShowsAnswersAsText() {
		String html = read(ALL, Answers.of(FILLED));
		assertThat(html)
			.contains("<dt>Nom</dt>", "<dd>Dupont</dd>", "<dt>Note</dt>", "<dd>Non renseigné</dd>",
					"<dd>jean@example.fr</dd>", "<dd>06 12 34 56 78</dd>", "<dd>01/12/2026</dd>", "<dd>CE1</dd>",
					"<dd>Le Port</dd>", "<dd>Lundi, Jeudi</dd>", "<dt>Régime</dt>", "<dd>Oui</dd>",
					"<span>1 rue des Lilas</span>", "<span>34999</span> <span>Val</span>",
					"<dd>Léa Martin, date de naissance : 03/09/2019</dd>", "Type : Meuble", "Quantité : 2",
					"<dd>Aucun fichier joint</dd>", "<dt>J’atteste sur l’honneur.</dt>")
			.doesNotContain("<input", "Les gravats");
	}

	@Test
	void fieldsAboutTheCitizenCarryAutocompleteTokensAndOthersDoNot() {
		FormDefinition form = Forms.form("{key: last, type: short-text, label: Nom, prefill: account.last-name}",
				"{key: first, type: short-text, label: Prénom, prefill: account.first-name}",
				"{key: mail, type: email, label: Courriel, prefill: account.email}",
				"{key: tel, type: phone, label: Téléphone, prefill: account.phone}",
				"{key: born, type: date, label: Date de naissance, prefill: account.birth-date}",
				"{key: home, type: address, label: Adresse, prefill: account.address}",
				"{key: job, type: short-text, label: Profession, autocomplete: organization-title}",
				"{key: guest, type: short-text, label: Nom de la personne accueillie}",
				"{key: guest-born, type: date, label: Sa date de naissance}");
		String html = edit(form, Answers.empty(), List.of());
		assertThat(html).contains("name=\"last\" autocomplete=\"family-name\"",
				"name=\"first\" autocomplete=\"given-name\"", "name=\"mail\" autocomplete=\"email\"",
				"name=\"tel\" autocomplete=\"tel\"", "name=\"born\" autocomplete=\"bday\"",
				"name=\"home.line\" autocomplete=\"address-line1\"",
				"name=\"home.complement\" autocomplete=\"address-line2\"",
				"name=\"home.postcode\" autocomplete=\"postal-code\"",
				"name=\"home.commune\" autocomplete=\"address-level2\"",
				"name=\"job\" autocomplete=\"organization-title\"");
		assertThat(html).doesNotContainPattern("name=\"guest\"[^>]*autocomplete")
			.doesNotContainPattern("name=\"guest-born\"[^>]*autocomplete");
	}

	@Test
	void aFieldNeededForSomeAnswersOfItsStepSaysWhenAndCarriesItsCondition() {
		FormDefinition form = Forms.form(
				"{key: kind, type: choice, label: Motif, options: [Déménagement, Échafaudage]}",
				"{key: vehicle, type: short-text, label: Immatriculation, visible-when: \"kind == 'Déménagement'\"}",
				"{key: diet, type: yes-no, label: Régime, required: false}",
				"{key: details, type: long-text, label: Précisions, required: false, required-when: \"diet == true\"}",
				"{key: note, type: short-text, label: Note, required: false, visible-when: \"kind == 'Échafaudage'\"}");
		String html = edit(form, Answers.empty(), List.of());
		assertThat(html).contains(
				"<span>Immatriculation</span><span class=\"required-if\"> (obligatoire si « Motif » : Déménagement)</span>",
				"<span>Précisions</span><span class=\"required-if\"> (obligatoire si « Régime » : Oui)</span>",
				"<span>Note</span><span> (facultatif)</span>",
				"data-path=\"vehicle\" data-condition=\"[&quot;in&quot;,&quot;kind&quot;,[&quot;Déménagement&quot;],false]\"");
		assertThat(html).doesNotContainPattern("name=\"vehicle\"[^>]*aria-required");
		String chosen = edit(form, Answers.of(Map.of("kind", "Déménagement")), List.of());
		assertThat(chosen).contains("(obligatoire si « Motif » : Déménagement)")
			.containsPattern("name=\"vehicle\"[^>]*aria-required=\"true\"");
		FormDefinition rows = Forms.form(
				"{key: items, type: group, label: Objet, repeat: {min: 1, max: 3}, fields: [{key: kind, type: choice, label: Type, options: [Meuble, Autre]}, {key: other, type: short-text, label: Précisez, visible-when: \"kind == 'Autre'\"}]}");
		assertThat(edit(rows, Answers.empty(), List.of())).contains(
				"<span>Précisez</span><span class=\"required-if\"> (obligatoire si « Type » : Autre)</span>",
				"data-path=\"items[0].other\" data-condition=");
	}

	@Test
	void everyShippedProcedureRendersEveryStepInBothModes() {
		List<Procedure> procedures = this.catalogue.published();
		assertThat(procedures).hasSize(11);
		for (Procedure procedure : procedures) {
			FormDefinition form = procedure.form();
			for (int i = 0; i < form.steps().size(); i++) {
				List<FieldError> errors = this.engine.validateStep(form, Answers.empty(), i, this.household);
				String html = edit(form, Answers.empty(), errors, i);
				for (FieldView field : this.engine.view(form, Answers.empty(), i, errors, this.household).fields()) {
					if (field.label() != null) {
						assertThat(html).as(procedure.code() + " step " + i).contains(field.label());
					}
				}
				for (FieldError error : errors) {
					assertThat(html).as("%s step %d: the summary links to an element of the page", procedure.code(), i)
						.contains("<a href=\"#" + error.target() + "\">", "id=\"" + error.target() + "\"");
				}
				String read = render("read",
						this.engine.view(form, Answers.empty(), i, List.of(), this.household).summaryFields(),
						List.of());
				assertThat(read).as(procedure.code() + " step " + i).contains("<dl class=\"summary\">");
			}
		}
	}

	private String edit(FormDefinition form, Answers answers, List<FieldError> errors) {
		return edit(form, answers, errors, 0);
	}

	private String edit(FormDefinition form, Answers answers, List<FieldError> errors, int step) {
		return render("edit", this.engine.view(form, answers, step, errors, this.household).fields(), errors);
	}

	private String read(FormDefinition form, Answers answers) {
		return render("read", this.engine.view(form, answers, 0, List.of(), this.household).summaryFields(), List.of());
	}

	private String render(String mode, List<FieldView> fields, List<FieldError> errors) {
		Context context = new Context(Locale.FRENCH);
		context.setVariable("mode", mode);
		context.setVariable("fields", fields);
		context.setVariable("errors", errors);
		return this.templates.process("test/render", context);
	}

}
