package fr.comptecitoyen.catalogue.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.comptecitoyen.catalogue.Attestation;
import fr.comptecitoyen.catalogue.Audience;
import fr.comptecitoyen.catalogue.Automation;
import fr.comptecitoyen.catalogue.Category;
import fr.comptecitoyen.catalogue.Procedure;
import fr.comptecitoyen.catalogue.ProcedureDefinitionException;
import fr.comptecitoyen.catalogue.SupportingDocument;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormDefinitionException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a procedure's YAML text into a {@link Procedure}. Safe YAML only (no Java types),
 * duplicate keys refused; any problem becomes a {@link ProcedureDefinitionException}
 * naming the file, the place and the problem.
 */
public final class ProcedureParser {

	private static final Pattern CODE = Pattern.compile("[A-Z]{2,12}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Set<String> ATTRIBUTES = Set.of("code", "slug", "title", "summary", "description", "category",
			"department", "audience", "captcha", "processing-time", "documents", "keywords", "steps", "rules",
			"automations", "attestation");

	/**
	 * Parses one revision.
	 * @param file the file name, for messages
	 * @param source the YAML text
	 * @param revision the revision number it gets
	 * @return the procedure
	 */
	public Procedure parse(String file, String source, int revision) {
		Map<String, Object> yaml = load(file, source);
		try {
			return procedure(yaml, revision);
		}
		catch (FormDefinitionException ex) {
			throw new ProcedureDefinitionException(file, ex.place(), ex.problem());
		}
		catch (Problem ex) {
			throw new ProcedureDefinitionException(file, ex.place, ex.getMessage());
		}
		catch (IllegalArgumentException | ClassCastException ex) {
			throw new ProcedureDefinitionException(file, "procedure", ex.getMessage());
		}
	}

	private Procedure procedure(Map<String, Object> yaml, int revision) {
		for (String name : yaml.keySet()) {
			if (!ATTRIBUTES.contains(name)) {
				throw new Problem("procedure", "unknown attribute '" + name + "'");
			}
		}
		String code = required(yaml, "code");
		if (!CODE.matcher(code).matches()) {
			throw new Problem("code", "code must be 2 to 12 upper-case letters, not '" + code + "'");
		}
		String slug = (text(yaml, "slug") != null) ? text(yaml, "slug") : code.toLowerCase();
		if (!SLUG.matcher(slug).matches()) {
			throw new Problem("slug", "slug must be lower-case words joined by dashes, not '" + slug + "'");
		}
		Category category;
		Audience audience;
		try {
			category = Category.of(required(yaml, "category"));
			audience = Audience.valueOf(required(yaml, "audience"));
		}
		catch (IllegalArgumentException ex) {
			throw new Problem("category/audience", ex.getMessage());
		}
		Object steps = yaml.get("steps");
		if (!(steps instanceof List<?> list)) {
			throw new Problem("steps", "steps are missing");
		}
		boolean captcha = Boolean.TRUE.equals(yaml.get("captcha"));
		FormDefinition form = FormDefinition.read(list, yaml.get("rules"));
		List<SupportingDocument> documents = documents(yaml.get("documents"));
		if (audience == Audience.ANYONE) {
			visitorsCanFill(form, documents);
		}
		return new Procedure(code, slug, revision, required(yaml, "title"), text(yaml, "summary"),
				required(yaml, "description"), category, required(yaml, "department"), audience, captcha,
				required(yaml, "processing-time"), documents, keywords(yaml.get("keywords")), form,
				automations(yaml.get("automations")), attestation(yaml.get("attestation"), form));
	}

	/**
	 * A procedure open to anyone is filled by visitors too, who have no household and
	 * send no file with the form (they may join files to an answer on their tracking
	 * page): neither {@code documents:}, nor a {@code file} field, nor a {@code member}
	 * field.
	 */
	private static void visitorsCanFill(FormDefinition form, List<SupportingDocument> documents) {
		if (!documents.isEmpty()) {
			throw new Problem("documents", "a procedure with audience ANYONE cannot ask for documents "
					+ "(a visitor has no account to keep them); use audience ACCOUNT");
		}
		form.fields()
			.stream()
			.filter((field) -> field.isFile() || "member".equals(field.type()))
			.findFirst()
			.ifPresent((field) -> {
				throw new Problem("steps > " + field.key(), "a procedure with audience ANYONE cannot have a "
						+ field.type() + " field (a visitor has no household and sends no file); use audience ACCOUNT");
			});
	}

	/**
	 * The attestation issued on acceptance: a title and a text whose placeholders are all
	 * known (fixed ones, or an answer of a top-level field of the form).
	 */
	private static Attestation attestation(Object node, FormDefinition form) {
		if (node == null) {
			return null;
		}
		if (!(node instanceof Map<?, ?> map)) {
			throw new Problem("attestation", "expected a mapping with title and text");
		}
		Map<String, Object> yaml = new LinkedHashMap<>();
		map.forEach((k, v) -> yaml.put(String.valueOf(k), v));
		for (String name : yaml.keySet()) {
			if (!Set.of("title", "text").contains(name)) {
				throw new Problem("attestation", "unknown attribute '" + name + "' (known: title, text)");
			}
		}
		if (text(yaml, "title") == null || text(yaml, "text") == null) {
			throw new Problem("attestation", "an attestation needs a title and a text");
		}
		Attestation attestation = new Attestation(text(yaml, "title"), text(yaml, "text"));
		for (String placeholder : attestation.placeholders()) {
			boolean known = Attestation.FIXED.contains(placeholder) || (placeholder.startsWith(Attestation.ANSWERS)
					&& form.field(placeholder.substring(Attestation.ANSWERS.length()))
						.filter((field) -> !field.isFile())
						.isPresent());
			if (!known) {
				throw new Problem("attestation > text",
						"unknown placeholder '{" + placeholder + "}' (known: "
								+ Attestation.FIXED.stream().sorted().map((f) -> "{" + f + "}").toList()
								+ " and {answers.<key>} for a field of the form that is not a file)");
			}
		}
		return attestation;
	}

	private static List<SupportingDocument> documents(Object node) {
		List<SupportingDocument> documents = new ArrayList<>();
		for (Map<String, Object> yaml : maps(node, "documents")) {
			String place = "documents > " + ((text(yaml, "key") != null) ? text(yaml, "key") : documents.size() + 1);
			if (text(yaml, "key") == null || text(yaml, "label") == null) {
				throw new Problem(place, "a document needs a key and a label");
			}
			if (documents.stream().anyMatch((d) -> d.key().equals(text(yaml, "key")))) {
				throw new Problem(place, "duplicate key '" + text(yaml, "key") + "'");
			}
			documents.add(new SupportingDocument(text(yaml, "key"), text(yaml, "label"),
					!Boolean.FALSE.equals(yaml.get("paper-allowed"))));
		}
		return documents;
	}

	private static List<Automation> automations(Object node) {
		List<Automation> automations = new ArrayList<>();
		for (Map<String, Object> yaml : maps(node, "automations")) {
			String place = "automations > " + (automations.size() + 1);
			// YAML 1.1 reads a bare "on" key as the boolean true
			Object event = yaml.containsKey("on") ? yaml.get("on") : ((Map<?, ?>) yaml).get(Boolean.TRUE);
			String on = (event != null) ? String.valueOf(event) : null;
			if (on == null) {
				throw new Problem(place, "on is missing");
			}
			Automation.Reminder reminder = null;
			if (yaml.get("remind") instanceof Map<?, ?> remind) {
				try {
					reminder = new Automation.Reminder(Duration.parse(String.valueOf(remind.get("before"))),
							LocalTime.parse(String.valueOf(remind.get("at"))), String.valueOf(remind.get("template")));
				}
				catch (DateTimeParseException ex) {
					throw new Problem(place, "remind needs before (e.g. P1D), at (e.g. \"18:00\") and template");
				}
			}
			automations.add(new Automation(on, reminder));
		}
		return automations;
	}

	private static List<String> keywords(Object node) {
		return (node instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of();
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> maps(Object node, String place) {
		if (node == null) {
			return List.of();
		}
		if (!(node instanceof List<?> list) || !list.stream().allMatch(Map.class::isInstance)) {
			throw new Problem(place, "expected a list of mappings");
		}
		return (List<Map<String, Object>>) list;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> load(String file, String source) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		options.setMaxAliasesForCollections(20);
		Object document;
		try {
			document = new Yaml(new SafeConstructor(options)).load(source);
		}
		catch (YAMLException ex) {
			throw new ProcedureDefinitionException(file, "YAML", ex.getMessage().replace('\n', ' '));
		}
		if (!(document instanceof Map<?, ?> map)) {
			throw new ProcedureDefinitionException(file, "YAML", "the file must hold a mapping (code: …, title: …)");
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((k, v) -> copy.put(String.valueOf(k), v));
		return copy;
	}

	private static String required(Map<String, Object> yaml, String name) {
		String value = text(yaml, name);
		if (value == null) {
			throw new Problem(name, name + " is missing");
		}
		return value;
	}

	private static String text(Map<String, Object> yaml, String name) {
		Object value = yaml.get(name);
		return (value == null || String.valueOf(value).isBlank()) ? null : String.valueOf(value).strip();
	}

	private static final class Problem extends RuntimeException {

		private final String place;

		Problem(String place, String message) {
			super(message);
			this.place = place;
		}

	}

}
