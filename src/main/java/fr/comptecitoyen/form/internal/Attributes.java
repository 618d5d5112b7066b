package fr.comptecitoyen.form.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.comptecitoyen.form.FieldDefinition;

/**
 * The YAML attributes of one field, as a type reads its settings from them. Each getter
 * refuses a value of the wrong shape with an {@link IllegalArgumentException} naming the
 * attribute (the reader adds the place).
 */
public final class Attributes {

	private final Map<String, Object> yaml;

	private final Function<Object, List<FieldDefinition>> nested;

	/**
	 * @param yaml the field's attributes, as SnakeYAML loaded them
	 * @param nested reads a list of nested fields (a group's columns)
	 */
	Attributes(Map<String, Object> yaml, Function<Object, List<FieldDefinition>> nested) {
		this.yaml = yaml;
		this.nested = nested;
	}

	/** Attributes read from a map, without nested fields (tests, documentation). */
	static Attributes of(Map<String, Object> yaml) {
		return new Attributes(yaml, (node) -> {
			throw new IllegalArgumentException("nested fields are not read here");
		});
	}

	/** Whether the attribute is given. */
	public boolean has(String name) {
		return this.yaml.get(name) != null;
	}

	/** A text, stripped, or {@code null} when absent or blank. */
	public String text(String name) {
		Object value = this.yaml.get(name);
		if (value == null) {
			return null;
		}
		String text = String.valueOf(value).strip();
		return text.isEmpty() ? null : text;
	}

	/** A whole number, or {@code null} when absent. */
	public Integer integer(String name) {
		Object value = this.yaml.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof Integer number) {
			return number;
		}
		throw new IllegalArgumentException(name + " must be a whole number");
	}

	/** A list of texts, or an empty list when absent. */
	public List<String> strings(String name) {
		Object value = this.yaml.get(name);
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> list)) {
			throw new IllegalArgumentException(name + " must be a list");
		}
		return list.stream().map(String::valueOf).toList();
	}

	/** A nested mapping ({@code repeat: {min: 1, max: 3}}), empty when absent. */
	public Attributes nested(String name) {
		Object value = this.yaml.get(name);
		if (value == null) {
			return new Attributes(Map.of(), this.nested);
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalArgumentException(name + " must be a mapping (key: value)");
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		map.forEach((k, v) -> copy.put(String.valueOf(k), v));
		return new Attributes(copy, this.nested);
	}

	/** The fields listed under an attribute, read like any field. */
	public List<FieldDefinition> fields(String name) {
		return this.nested.apply(this.yaml.get(name));
	}

}
