package fr.comptecitoyen.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The answers of a form, keyed by each field's stable key. Values are strings, lists of
 * strings (multi-choice), maps of strings (address, member) or lists of maps (the rows of
 * a group); dates are ISO strings. Immutable; serialises to JSON text.
 */
public final class Answers {

	private static final Answers EMPTY = new Answers(Map.of());

	private final Map<String, Object> values;

	private Answers(Map<String, ?> values) {
		this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
	}

	/** No answer at all. */
	public static Answers empty() {
		return EMPTY;
	}

	/**
	 * Answers from a map (e.g. read back from JSON).
	 * @param values the values by field key
	 * @return the answers
	 */
	public static Answers of(Map<String, ?> values) {
		return new Answers(values);
	}

	/**
	 * Reads answers written by {@link #toJson(JsonMapper)}.
	 * @param json the JSON object text
	 * @param mapper Boot's JSON mapper
	 * @return the answers
	 */
	@SuppressWarnings("unchecked")
	public static Answers fromJson(String json, JsonMapper mapper) {
		if (json == null || json.isBlank()) {
			return EMPTY;
		}
		return new Answers(mapper.readValue(json, LinkedHashMap.class));
	}

	/** The answers as JSON object text. */
	public String toJson(JsonMapper mapper) {
		return mapper.writeValueAsString(this.values);
	}

	/** The value of a field, or {@code null}. */
	public Object get(String key) {
		return this.values.get(key);
	}

	/** The value of a field as text, or {@code null} when absent or not a string. */
	public String text(String key) {
		return (this.values.get(key) instanceof String text) ? text : null;
	}

	/** The rows of a group, or an empty list. */
	@SuppressWarnings("unchecked")
	public List<Map<String, Object>> rows(String key) {
		return (this.values.get(key) instanceof List<?> rows && rows.stream().allMatch(Map.class::isInstance))
				? (List<Map<String, Object>>) rows : List.of();
	}

	/** A copy with one value set (or removed when {@code null}). */
	public Answers with(String key, Object value) {
		Map<String, Object> copy = new LinkedHashMap<>(this.values);
		if (value == null) {
			copy.remove(key);
		}
		else {
			copy.put(key, value);
		}
		return new Answers(copy);
	}

	/** The values, read-only. */
	public Map<String, Object> asMap() {
		return this.values;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Answers answers && answers.values.equals(this.values);
	}

	@Override
	public int hashCode() {
		return this.values.hashCode();
	}

	@Override
	public String toString() {
		return this.values.toString();
	}

}
