package fr.comptecitoyen.form.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.Condition;
import fr.comptecitoyen.form.FieldDefinition;

/**
 * Checks one field, the way every type shares: hidden fields are skipped, missing answers
 * are reported when required (always or by {@code required-when}), the rest is the type's
 * own check.
 */
public final class Validator {

	private Validator() {
	}

	/**
	 * Validates a field that may be visible.
	 * @param field the field
	 * @param path its answer path
	 * @param value its answer
	 * @param row the group row it sits in, or {@code null}
	 * @param check where problems go (with all answers, for conditions)
	 */
	public static void field(FieldDefinition field, String path, Object value, Map<String, Object> row, Check check) {
		Function<String, List<String>> values = values(check.answers(), row);
		if (!holds(field.visibleWhen(), values, true)) {
			return;
		}
		FieldType type = FieldTypes.get(field.type());
		if (!type.input()) {
			return;
		}
		boolean required = field.required() || holds(field.requiredWhen(), values, false);
		if (type instanceof GroupType group && group.validatesEmpty()) {
			if (required || !Ids.isEmpty(GroupType.rows(value).stream().filter((r) -> !Ids.isEmpty(r)).toList())) {
				type.validate(field, path, value, check);
			}
			return;
		}
		if (Ids.isEmpty(value)) {
			if (required) {
				check.reject(field, path, type.focusSuffix(field), type.missingCode());
			}
			return;
		}
		type.validate(field, path, value, check);
	}

	/** Whether a condition holds; {@code absent} when there is none. */
	public static boolean holds(Condition condition, Function<String, List<String>> values, boolean absent) {
		return (condition != null) ? condition.test(values) : absent;
	}

	/**
	 * The values a condition reads: {@code key} (the row's sibling first, inside a group)
	 * or {@code group.key} (the values of every row).
	 */
	public static Function<String, List<String>> values(Answers answers, Map<String, Object> row) {
		return (path) -> {
			int dot = path.indexOf('.');
			if (dot > 0) {
				List<String> all = new ArrayList<>();
				for (Map<String, Object> r : GroupType.rows(answers.get(path.substring(0, dot)))) {
					all.addAll(strings(r.get(path.substring(dot + 1))));
				}
				return all;
			}
			if (row != null && row.containsKey(path)) {
				return strings(row.get(path));
			}
			return strings(answers.get(path));
		};
	}

	private static List<String> strings(Object value) {
		if (value == null || value instanceof Map) {
			return List.of();
		}
		if (value instanceof Collection<?> list) {
			return list.stream().filter((v) -> !(v instanceof Map)).map(String::valueOf).toList();
		}
		return List.of(String.valueOf(value));
	}

}
