package fr.comptecitoyen.form.internal;

import java.util.Collection;
import java.util.Map;

/**
 * HTML ids, parameter names and emptiness of answers.
 */
public final class Ids {

	private Ids() {
	}

	/**
	 * The HTML id of the input of an answer path: {@code items[0].kind} →
	 * {@code f-items-0-kind}.
	 */
	public static String of(String path) {
		String id = "f-" + path.replaceAll("[^A-Za-z0-9]+", "-");
		return id.endsWith("-") ? id.substring(0, id.length() - 1) : id;
	}

	/** The first posted value, trimmed, or {@code null} when absent or blank. */
	static String param(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		if (values == null || values.length == 0 || values[0] == null) {
			return null;
		}
		String value = values[0].strip();
		return value.isEmpty() ? null : value;
	}

	/** Whether an answer is missing: null, blank, an empty list or a map of blanks. */
	public static boolean isEmpty(Object value) {
		if (value == null) {
			return true;
		}
		if (value instanceof String text) {
			return text.isBlank();
		}
		if (value instanceof Collection<?> list) {
			return list.isEmpty();
		}
		if (value instanceof Map<?, ?> map) {
			return map.values().stream().allMatch(Ids::isEmpty);
		}
		return false;
	}

}
