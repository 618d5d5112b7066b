package fr.comptecitoyen.form.internal;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldRule;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.shared.InputRules;

/**
 * The {@code civil-status-access} rule: who may obtain which copy or extract of a
 * civil-status act (décret n° 2017-890 du 6 mai 2017, art. 30 to 32; code du patrimoine,
 * art. L213-2 for the 75-year delay), and that the act was registered in this commune.
 *
 * <p>
 * The table ({@link #decide}):
 * <ul>
 * <li>a death act, in any form: anyone;</li>
 * <li>an extract without filiation of a birth or marriage act: anyone;</li>
 * <li>a full copy, an extract with filiation or a multilingual extract (which names the
 * parents) of a birth or marriage act: the person concerned (of age, for a birth act),
 * the spouse, an ascendant, a descendant, the legal representative or a professional
 * authorised by law — unless the act is <em>more</em> than 75 years old (open from the
 * day after its 75th anniversary), or the person died <em>more</em> than 25 years ago
 * (open from the day after the 25th anniversary of the death, when its date is
 * given).</li>
 * </ul>
 * The {@code document} and {@code quality} fields are choices whose options must be among
 * the labels of {@link Document} and {@link Quality} (checked when the file is loaded),
 * so that the table can never silently miss an option. A refusal names the document that
 * can be delivered. The place of the event, when the rule names a {@code place} field,
 * must be the commune running the portal (compared without case, accents, hyphens or an
 * article such as « Saint » abbreviated).
 */
public final class CivilStatusAccess implements FieldRule {

	/** The rule's attributes besides {@code kind}. */
	static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("act", "document", "quality", "event-date",
			"death-date", "place");

	/** How long a birth or marriage act stays restricted, in years. */
	static final int ACT_YEARS = 75;

	/** How long after the person's death the restriction lasts, in years. */
	static final int DEATH_YEARS = 25;

	/** Age of majority. */
	static final int MAJORITY = 18;

	/** The kinds of act. */
	public enum Act {

		/** Acte de naissance. */
		BIRTH("naissance"),
		/** Acte de mariage. */
		MARRIAGE("mariage"),
		/** Acte de décès. */
		DEATH("deces");

		private final String yaml;

		Act(String yaml) {
			this.yaml = yaml;
		}

		static Act of(String yaml) {
			return Arrays.stream(values())
				.filter((act) -> act.yaml.equals(yaml))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(
						"act must be naissance, mariage or deces, not '" + yaml + "'"));
		}

	}

	/** The documents that can be asked, by their option label in the procedure files. */
	public enum Document {

		/** Copie intégrale. */
		FULL_COPY("Copie intégrale"),
		/** Extrait avec filiation. */
		WITH_FILIATION("Extrait avec filiation"),
		/** Extrait sans filiation. */
		WITHOUT_FILIATION("Extrait sans filiation"),
		/** Extrait plurilingue (convention CIEC n° 16). */
		MULTILINGUAL("Extrait plurilingue");

		private final String label;

		Document(String label) {
			this.label = label;
		}

		/** The option label. */
		public String label() {
			return this.label;
		}

		static Optional<Document> of(String label) {
			return Arrays.stream(values()).filter((d) -> d.label.equals(label)).findFirst();
		}

	}

	/** The requester's quality, by its option label in the procedure files. */
	public enum Quality {

		/** The person concerned by the act. */
		SELF("La personne concernée par l’acte"),
		/** Spouse. */
		SPOUSE("Son conjoint ou sa conjointe"),
		/** Parent, grandparent… */
		ASCENDANT("Son ascendant (parent, grand-parent…)"),
		/** Child, grandchild… */
		DESCENDANT("Son descendant (enfant, petit-enfant…)"),
		/** Legal representative (of a minor or a protected adult). */
		LEGAL_REPRESENTATIVE("Son représentant légal"),
		/** A professional authorised by law (notary, lawyer…). */
		PROFESSIONAL("Un professionnel autorisé par la loi (notaire, avocat…)"),
		/** Anyone else. */
		OTHER("Une autre personne");

		private final String label;

		Quality(String label) {
			this.label = label;
		}

		/** The option label. */
		public String label() {
			return this.label;
		}

		static Optional<Quality> of(String label) {
			return Arrays.stream(values()).filter((q) -> q.label.equals(label)).findFirst();
		}

	}

	/** Why a document may not be delivered to this requester. */
	public enum Refusal {

		/** Restricted document, requester not among those who may ask. */
		NOT_ENTITLED,
		/** The person concerned by a birth act is still a minor. */
		MINOR

	}

	private final Act act;

	private final String document;

	private final String quality;

	private final String eventDate;

	private final String deathDate;

	private final String place;

	CivilStatusAccess(Act act, String document, String quality, String eventDate, String deathDate, String place) {
		this.act = act;
		this.document = document;
		this.quality = quality;
		this.eventDate = eventDate;
		this.deathDate = deathDate;
		this.place = place;
	}

	/**
	 * The table: whether that document of that act may be delivered to that requester.
	 * @param act the act
	 * @param document the document asked
	 * @param quality the requester's quality
	 * @param eventDate the date of the event (birth, marriage, death)
	 * @param deathDate the date of death of the person concerned, or {@code null} when
	 * unknown or alive
	 * @param today the commune's current day
	 * @return empty when it may be delivered, or why not
	 */
	public static Optional<Refusal> decide(Act act, Document document, Quality quality, LocalDate eventDate,
			LocalDate deathDate, LocalDate today) {
		if (act == Act.DEATH || document == Document.WITHOUT_FILIATION) {
			return Optional.empty();
		}
		if (today.isAfter(eventDate.plusYears(ACT_YEARS))
				|| (deathDate != null && today.isAfter(deathDate.plusYears(DEATH_YEARS)))) {
			return Optional.empty();
		}
		if (quality == Quality.OTHER) {
			return Optional.of(Refusal.NOT_ENTITLED);
		}
		if (quality == Quality.SELF && act == Act.BIRTH && today.isBefore(eventDate.plusYears(MAJORITY))) {
			return Optional.of(Refusal.MINOR);
		}
		return Optional.empty();
	}

	/**
	 * The documents of an act that may always be delivered to anyone (offered after a
	 * refusal).
	 */
	public static List<Document> openToAnyone(Act act) {
		return (act == Act.DEATH) ? List.of(Document.values()) : List.of(Document.WITHOUT_FILIATION);
	}

	/** Reads the rule's attributes and checks the fields it names. */
	static CivilStatusAccess read(Map<String, Object> yaml, FormDefinition form) {
		Object act = yaml.get("act");
		if (act == null) {
			throw new IllegalArgumentException("act is missing (naissance, mariage or deces)");
		}
		String document = choice(form, yaml, "document",
				Arrays.stream(Document.values()).map(Document::label).toList());
		String quality = choice(form, yaml, "quality", Arrays.stream(Quality.values()).map(Quality::label).toList());
		String eventDate = date(form, yaml, "event-date", true);
		String deathDate = date(form, yaml, "death-date", false);
		String place = null;
		if (yaml.get("place") != null) {
			place = field(form, yaml, "place");
			if (!(FieldTypes.get(form.field(place).orElseThrow().type()) instanceof TextType)) {
				throw new IllegalArgumentException("place refers to field '" + place + "', which is not a text field");
			}
		}
		return new CivilStatusAccess(Act.of(String.valueOf(act).strip()), document, quality, eventDate, deathDate,
				place);
	}

	private static String choice(FormDefinition form, Map<String, Object> yaml, String name, List<String> known) {
		String key = field(form, yaml, name);
		FieldDefinition field = form.field(key).orElseThrow();
		if (!(field.settings() instanceof ChoiceType.Settings settings)) {
			throw new IllegalArgumentException(name + " refers to field '" + key + "', which is not a choice field");
		}
		for (String option : settings.options()) {
			if (!known.contains(option)) {
				throw new IllegalArgumentException(
						"option '" + option + "' of field '" + key + "' is not one the rule knows: " + known);
			}
		}
		return key;
	}

	private static String date(FormDefinition form, Map<String, Object> yaml, String name, boolean required) {
		if (yaml.get(name) == null) {
			if (required) {
				throw new IllegalArgumentException(name + " is missing (the key of a date field)");
			}
			return null;
		}
		String key = field(form, yaml, name);
		if (!(FieldTypes.get(form.field(key).orElseThrow().type()) instanceof DateType)) {
			throw new IllegalArgumentException(name + " refers to field '" + key + "', which is not a date field");
		}
		return key;
	}

	private static String field(FormDefinition form, Map<String, Object> yaml, String name) {
		Object value = yaml.get(name);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new IllegalArgumentException(name + " is missing (the key of a field)");
		}
		String key = String.valueOf(value).strip();
		form.field(key)
			.orElseThrow(() -> new IllegalArgumentException(
					name + " refers to unknown field '" + key + "' (rules apply to fields outside groups)"));
		return key;
	}

	@Override
	public String target() {
		return this.document;
	}

	@Override
	public List<String> fields() {
		List<String> fields = new ArrayList<>(List.of(this.document, this.quality, this.eventDate));
		if (this.deathDate != null) {
			fields.add(this.deathDate);
		}
		if (this.place != null) {
			fields.add(this.place);
		}
		return fields;
	}

	/** Date-only view of the rule, unused: {@link #apply} reads every answer it needs. */
	@Override
	public Optional<Violation> check(Function<String, LocalDate> dates, LocalDate today) {
		return Optional.empty();
	}

	/**
	 * Checks the rule on the step being validated: the place next to its field, the
	 * entitlement next to the document field. Silent while a field it needs is hidden,
	 * empty, malformed or already wrong.
	 */
	void apply(FormDefinition form, int step, Check check) {
		var values = Validator.values(check.answers(), null);
		if (this.place != null && form.stepOf(this.place) == step && !hasError(check, this.place)
				&& visible(form, this.place, values)) {
			String typed = check.answers().text(this.place);
			if (typed != null && !typed.isBlank() && check.commune() != null
					&& !normalise(typed).equals(normalise(check.commune()))) {
				FieldDefinition field = form.field(this.place).orElseThrow();
				check.reject(field, field.key(), "", "form.error.rule.civil-status.place", check.commune(),
						typed.strip());
			}
		}
		if (form.stepOf(this.document) != step || hasError(check, this.document) || hasError(check, this.quality)
				|| hasError(check, this.eventDate)) {
			return;
		}
		Optional<Document> asked = Optional.ofNullable(check.answers().text(this.document)).flatMap(Document::of);
		Optional<Quality> who = Optional.ofNullable(check.answers().text(this.quality)).flatMap(Quality::of);
		LocalDate event = date(form, this.eventDate, check, values);
		if (asked.isEmpty() || who.isEmpty() || event == null) {
			return;
		}
		LocalDate death = (this.deathDate != null) ? date(form, this.deathDate, check, values) : null;
		decide(this.act, asked.get(), who.get(), event, death, check.today()).ifPresent((refusal) -> {
			FieldDefinition field = form.field(this.document).orElseThrow();
			String offer = String.join(" ; ", openToAnyone(this.act).stream().map(Document::label).toList());
			check.reject(field, field.key(), "",
					"form.error.rule.civil-status." + ((refusal == Refusal.MINOR) ? "minor" : "restricted"),
					asked.get().label(), offer, ACT_YEARS, DEATH_YEARS);
		});
	}

	private static boolean hasError(Check check, String key) {
		return check.errors().stream().anyMatch((e) -> e.path().equals(key));
	}

	private static boolean visible(FormDefinition form, String key, Function<String, List<String>> values) {
		return Validator.holds(form.steps().get(form.stepOf(key)).visibleWhen(), values, true)
				&& Validator.holds(form.field(key).orElseThrow().visibleWhen(), values, true);
	}

	private static LocalDate date(FormDefinition form, String key, Check check, Function<String, List<String>> values) {
		String typed = check.answers().text(key);
		return visible(form, key, values) ? InputRules.date(typed) : null;
	}

	/** Lower case, no accents, hyphens and apostrophes as spaces, "st" as "saint". */
	static String normalise(String name) {
		String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[-’'_.,]", " ")
			.replaceAll("\\s+", " ")
			.strip();
		return plain.replaceAll("\\bste\\b", "sainte").replaceAll("\\bst\\b", "saint");
	}

}
