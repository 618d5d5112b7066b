package fr.comptecitoyen.account.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import fr.comptecitoyen.account.PhoneNumbers;
import fr.comptecitoyen.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * "Mes données" as a person reads it: the export's tree (the same one as the JSON file)
 * with its dates written the French way in the commune's time zone, its codes replaced by
 * their labels ({@code VALIDATED} → "Validé", {@code SIGN_IN_SUCCEEDED} → "Connexion
 * réussie") and its phone numbers as people write them. The JSON file keeps the raw
 * values.
 */
@Component
class ReadableData {

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z_]*");

	/** The message prefix of each coded field's labels, by "section.field" or "field". */
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("compte.etat", "account.status."),
			Map.entry("civilite", "account.civility."), Map.entry("civility", "account.civility."),
			Map.entry("modeDeContact", "account.contact."), Map.entry("compte.action", "data.audit."),
			Map.entry("kind", "data.member-kind."), Map.entry("relation", "household.relation."),
			Map.entry("sex", "household.sex."), Map.entry("demandes.etat", "request.status."),
			Map.entry("demandes.de", "request.status."), Map.entry("demandes.vers", "request.status."),
			Map.entry("demandes.action", "request.timeline.verb."), Map.entry("demandes.par", "data.actor."),
			Map.entry("demandes.decision", "request.decision."));

	/**
	 * Fields whose missing value reads "non renseignée" (feminine) or "non renseignés".
	 */
	private static final Map<String, String> AGREEMENT = Map.of("civilite", ".f", "civility", ".f", "dateDeNaissance",
			".f", "birthDate", ".f", "adresse", ".f", "decision", ".f", "autresPrenoms", ".mp");

	private final MessageSource messages;

	private final Dates dates;

	ReadableData(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	/**
	 * The readable copy of an export.
	 * @param export the export as plain maps, lists and JSON scalars (dates as ISO-8601
	 * text, codes as enum names)
	 * @param locale the reader's language
	 * @return a tree of the same shape, its scalar values as text to show (booleans and
	 * {@code null} kept, for the page to say "oui", "non", "non renseigné", except where
	 * the field's gender asks for "non renseignée")
	 */
	Map<String, Object> of(Map<String, Object> export, Locale locale) {
		Map<String, Object> readable = new LinkedHashMap<>(export);
		readable.put("exporteLe", value("", "exporteLe", export.get("exporteLe"), locale));
		if (export.get("sections") instanceof Map<?, ?> sections) {
			Map<String, Object> out = new LinkedHashMap<>();
			sections.forEach((key, value) -> out.put((String) key, node((String) key, "", value, locale)));
			readable.put("sections", out);
		}
		return readable;
	}

	private Object node(String section, String key, Object value, Locale locale) {
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(k, node(section, String.valueOf(k), v, locale)));
			return out;
		}
		if (value instanceof List<?> list) {
			return list.stream().map((item) -> node(section, key, item, locale)).toList();
		}
		return value(section, key, value, locale);
	}

	private Object value(String section, String key, Object value, Locale locale) {
		if (value == null && AGREEMENT.containsKey(key)) {
			return this.messages.getMessage("data.none" + AGREEMENT.get(key), null, locale);
		}
		if (!(value instanceof String text)) {
			return value;
		}
		if (key.equals("telephone")) {
			return PhoneNumbers.display(text);
		}
		String prefix = LABELS.getOrDefault(section + "." + key, LABELS.get(key));
		if (prefix != null && CODE.matcher(text).matches()) {
			return this.messages.getMessage(prefix + text, null, text, locale);
		}
		try {
			if (DATE.matcher(text).matches()) {
				return this.dates.date(LocalDate.parse(text));
			}
			if (INSTANT.matcher(text).matches()) {
				return this.dates.dateTime(Instant.parse(text));
			}
		}
		catch (DateTimeParseException ex) {
			// Not a date after all (an answer typed as such): shown as typed.
		}
		return text;
	}

}
