package fr.comptecitoyen.form.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;

/**
 * {@code group}: rows of sub-fields repeated between {@code repeat.min} and
 * {@code repeat.max} times (e.g. bulky items: kind and quantity). Kept as a list of maps.
 * Each posted row carries a {@code path[i]._row} marker, so rows survive even when empty;
 * fully empty rows are dropped from the final answers.
 */
public class GroupType implements FieldType {

	/** The marker parameter of row {@code i}. */
	public static String rowMarker(String path, int index) {
		return row(path, index) + "._row";
	}

	/** The path prefix of row {@code i}: {@code items[2]}. */
	public static String row(String path, int index) {
		return path + "[" + index + "]";
	}

	@Override
	public String name() {
		return "group";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("repeat", "fields");
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < field.repeatMax(); i++) {
			if (!params.containsKey(rowMarker(path, i))) {
				continue;
			}
			Map<String, Object> row = new LinkedHashMap<>();
			for (FieldDefinition child : field.fields()) {
				Object value = FieldTypes.get(child.type())
					.bind(child, row(path, i) + "." + child.key(), params, context);
				if (value != null) {
					row.put(child.key(), value);
				}
			}
			rows.add(row);
		}
		return rows.isEmpty() ? null : rows;
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		List<Map<String, Object>> rows = rows(value);
		long filled = rows.stream().filter((r) -> !Ids.isEmpty(r)).count();
		if (rows.size() < field.repeatMin()) {
			check.reject(field, path, "-add", "form.error.rows.min", field.repeatMin());
			return;
		}
		if (filled > field.repeatMax()) {
			check.reject(field, path, "-add", "form.error.rows.max", field.repeatMax());
			return;
		}
		boolean checkEmptyRows = filled < field.repeatMin();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			if (Ids.isEmpty(row) && !checkEmptyRows) {
				continue;
			}
			check.row(i + 1);
			for (FieldDefinition child : field.fields()) {
				Validator.field(child, row(path, i) + "." + child.key(), row.get(child.key()), row, check);
			}
			check.row(0);
		}
	}

	@Override
	public void verify(FieldDefinition field) {
		if (field.fields().isEmpty()) {
			throw new IllegalArgumentException("a group needs fields");
		}
		if (field.repeatMin() < 0 || field.repeatMax() < 1 || field.repeatMin() > field.repeatMax()) {
			throw new IllegalArgumentException("repeat needs 0 <= min <= max and max >= 1");
		}
	}

	/** A group validates its rows even when it has none (the minimum applies). */
	boolean validatesEmpty() {
		return true;
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "-add";
	}

	/** The rows of a group answer (never null). */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> rows(Object value) {
		List<Map<String, Object>> rows = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object row : list) {
				if (row instanceof Map<?, ?> map) {
					rows.add((Map<String, Object>) map);
				}
			}
		}
		return rows;
	}

}
