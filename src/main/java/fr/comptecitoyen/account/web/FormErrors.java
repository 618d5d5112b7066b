package fr.comptecitoyen.account.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found in a form, as message codes by field, in the order of the form: the
 * template shows them next to each field and in the summary at the top.
 */
public final class FormErrors {

	private final Map<String, List<String>> byField = new LinkedHashMap<>();

	/** Adds a problem to a field (the field's id in the page). */
	public void add(String field, String code) {
		this.byField.computeIfAbsent(field, (f) -> new ArrayList<>()).add(code);
	}

	/** Whether the field has a problem. */
	public boolean has(String field) {
		return this.byField.containsKey(field);
	}

	/** The field's problems, as message codes. */
	public List<String> of(String field) {
		return this.byField.getOrDefault(field, List.of());
	}

	/** Whether the form is fine. */
	public boolean isEmpty() {
		return this.byField.isEmpty();
	}

	/** Every problem, field by field, for the summary. */
	public List<Map.Entry<String, String>> entries() {
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		this.byField.forEach((field, codes) -> codes.forEach((code) -> entries.add(Map.entry(field, code))));
		return entries;
	}

	/** The ids of a field's hint and error texts, for {@code aria-describedby}. */
	public String describedBy(String field, boolean hasHint) {
		List<String> ids = new ArrayList<>();
		if (hasHint) {
			ids.add(field + "-hint");
		}
		if (has(field)) {
			ids.add(field + "-error");
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

}
