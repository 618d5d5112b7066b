package fr.comptecitoyen.form.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import fr.comptecitoyen.form.Condition;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.FormDefinitionException;
import fr.comptecitoyen.form.StepDefinition;

/**
 * Reads the {@code steps} of a procedure file (as loaded by SnakeYAML) into a
 * {@link FormDefinition}, refusing anything doubtful with the place and the problem:
 * unknown type or attribute, missing or duplicate key, missing label, bad options or
 * bounds, a condition that does not parse or names an unknown field, an unknown prefill
 * binding.
 */
public final class FormReader {

	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*");

	private static final Pattern PREFILL = Pattern.compile(
			"account\\.(last-name|first-name|email|phone|address|birth-date)|member\\.(last-name|first-name|birth-date)");

	private static final Set<String> COMMON = Set.of("key", "type", "label", "hint", "required", "required-when",
			"visible-when", "prefill", "editable", "autocomplete");

	private static final Set<String> STEP = Set.of("key", "title", "intro", "visible-when", "fields");

	/**
	 * Reads a form.
	 * @param steps the list under {@code steps:}
	 * @param rules the list under {@code rules:}, or {@code null}
	 * @return the definition
	 * @throws FormDefinitionException naming the place and the problem
	 */
	public FormDefinition read(List<?> steps, Object rules) {
		if (steps == null || steps.isEmpty()) {
			throw new FormDefinitionException("steps", "a form needs at least one step");
		}
		List<StepDefinition> read = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < steps.size(); i++) {
			read.add(step(i, map(steps.get(i), "step " + (i + 1)), keys));
		}
		FormDefinition form = new FormDefinition(read, List.of());
		checkConditions(form);
		return new FormDefinition(read, DateRules.read(rules, form));
	}

	private StepDefinition step(int index, Map<String, Object> yaml, Set<String> keys) {
		String place = "step " + (index + 1);
		unknown(yaml, STEP, Set.of(), place);
		String title = text(yaml, "title");
		if (title == null) {
			throw new FormDefinitionException(place, "title is missing");
		}
		place = place + " (" + title + ")";
		String key = (text(yaml, "key") != null) ? text(yaml, "key") : "step-" + (index + 1);
		List<FieldDefinition> fields = fields(yaml.get("fields"), place, keys, false);
		if (fields.isEmpty()) {
			throw new FormDefinitionException(place, "a step needs fields");
		}
		return new StepDefinition(key, title, text(yaml, "intro"), condition(yaml, "visible-when", place), fields);
	}

	private List<FieldDefinition> fields(Object node, String place, Set<String> keys, boolean inGroup) {
		if (!(node instanceof List<?> list)) {
			throw new FormDefinitionException(place, "fields must be a list");
		}
		List<FieldDefinition> fields = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			Map<String, Object> yaml = map(list.get(i), place + " > field " + (i + 1));
			String key = text(yaml, "key");
			String fieldPlace = place + " > field " + ((key != null) ? key : (i + 1));
			if (key == null || !KEY.matcher(key).matches()) {
				throw new FormDefinitionException(fieldPlace,
						"key is missing or invalid (lower-case letters, digits and dashes)");
			}
			if (!keys.add(key)) {
				throw new FormDefinitionException(fieldPlace, "duplicate key '" + key + "'");
			}
			try {
				fields.add(field(yaml, key, fieldPlace, inGroup));
			}
			catch (IllegalArgumentException ex) {
				throw new FormDefinitionException(fieldPlace, ex.getMessage());
			}
		}
		return fields;
	}

	private FieldDefinition field(Map<String, Object> yaml, String key, String place, boolean inGroup) {
		String typeName = text(yaml, "type");
		if (typeName == null) {
			throw new IllegalArgumentException("type is missing");
		}
		FieldType type = FieldTypes.get(typeName);
		unknown(yaml, COMMON, type.attributes(), place);
		String label = text(yaml, "label");
		if (label == null && type.input()) {
			throw new IllegalArgumentException("label is missing");
		}
		if (type instanceof GroupType && inGroup) {
			throw new IllegalArgumentException("a group cannot hold another group");
		}
		String prefill = text(yaml, "prefill");
		if (prefill != null && !PREFILL.matcher(prefill).matches()) {
			throw new IllegalArgumentException("unknown prefill binding '" + prefill + "'");
		}
		Autocomplete.verify(type, text(yaml, "autocomplete"));
		FieldSettings settings = type
			.settings(new Attributes(yaml, (node) -> fields(node, place, new HashSet<>(), true)));
		FieldDefinition field = new FieldDefinition(key, typeName, label, text(yaml, "hint"),
				bool(yaml, "required", type.requiredByDefault()), condition(yaml, "required-when", place),
				condition(yaml, "visible-when", place), prefill, bool(yaml, "editable", true),
				text(yaml, "autocomplete"), settings);
		type.verify(field);
		return field;
	}

	private void checkConditions(FormDefinition form) {
		Map<String, FieldDefinition> top = new LinkedHashMap<>();
		form.fields().forEach((f) -> top.put(f.key(), f));
		for (int i = 0; i < form.steps().size(); i++) {
			StepDefinition step = form.steps().get(i);
			String place = "step " + (i + 1) + " (" + step.title() + ")";
			known(step.visibleWhen(), top, null, place);
			for (FieldDefinition field : step.fields()) {
				known(field.visibleWhen(), top, null, place + " > field " + field.key());
				known(field.requiredWhen(), top, null, place + " > field " + field.key());
				for (FieldDefinition child : field.fields()) {
					String childPlace = place + " > field " + field.key() + " > field " + child.key();
					known(child.visibleWhen(), top, field, childPlace);
					known(child.requiredWhen(), top, field, childPlace);
				}
			}
		}
	}

	private void known(Condition condition, Map<String, FieldDefinition> top, FieldDefinition group, String place) {
		if (condition == null) {
			return;
		}
		for (String path : condition.paths()) {
			int dot = path.indexOf('.');
			boolean found;
			if (dot > 0) {
				FieldDefinition owner = top.get(path.substring(0, dot));
				found = owner != null && owner.child(path.substring(dot + 1)) != null;
			}
			else {
				found = top.containsKey(path) || (group != null && group.child(path) != null);
			}
			if (!found) {
				throw new FormDefinitionException(place,
						"condition \"" + condition.source() + "\" refers to unknown field '" + path + "'");
			}
		}
	}

	private static Condition condition(Map<String, Object> yaml, String name, String place) {
		String source = text(yaml, name);
		if (source == null) {
			return null;
		}
		try {
			return Conditions.parse(source);
		}
		catch (IllegalArgumentException ex) {
			throw new FormDefinitionException(place, name + ": " + ex.getMessage());
		}
	}

	private static void unknown(Map<String, Object> yaml, Set<String> common, Set<String> own, String place) {
		for (String name : yaml.keySet()) {
			if (!common.contains(name) && !own.contains(name)) {
				throw new FormDefinitionException(place, "unknown attribute '" + name + "'");
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object node, String place) {
		if (!(node instanceof Map<?, ?> map)) {
			throw new FormDefinitionException(place, "expected a mapping (key: value)");
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((k, v) -> copy.put(String.valueOf(k), v));
		return copy;
	}

	private static String text(Map<String, Object> yaml, String name) {
		Object value = yaml.get(name);
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	private static boolean bool(Map<String, Object> yaml, String name, boolean absent) {
		Object value = yaml.get(name);
		if (value == null) {
			return absent;
		}
		if (value instanceof Boolean bool) {
			return bool;
		}
		throw new IllegalArgumentException(name + " must be true or false");
	}

}
