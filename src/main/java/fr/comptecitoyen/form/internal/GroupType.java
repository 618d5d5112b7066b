package fr.comptecitoyen.form.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import fr.comptecitoyen.form.Answers;
import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FieldSettings;
import fr.comptecitoyen.form.FieldView;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.FormDefinition;
import fr.comptecitoyen.form.TextLine;
import fr.comptecitoyen.form.Wording;

/**
 * {@code group}: rows of sub-fields repeated between {@code repeat.min} and
 * {@code repeat.max} times (e.g. bulky items: kind and quantity). Kept as a list of maps.
 * Each posted row carries a {@code path[i]._row} marker, so rows survive even when empty;
 * fully empty rows are dropped from the final answers.
 */
public class GroupType implements FieldType {

	/**
	 * Settings of a group.
	 *
	 * @param repeatMin the fewest rows
	 * @param repeatMax the most rows
	 * @param fields the columns of each row
	 */
	public record Settings(int repeatMin, int repeatMax, List<FieldDefinition> fields) implements FieldSettings {

		public Settings {
			fields = List.copyOf(fields);
		}

	}

	/**
	 * One row of a group, ready to render.
	 *
	 * @param number the row number, from 1
	 * @param marker the name of the hidden marker that keeps the row when posted
	 * @param fields the row's fields
	 */
	public record Row(int number, String marker, List<FieldView> fields) {

		/** Whether a column of the row holds a visible answer. */
		public boolean filled() {
			return this.fields.stream().anyMatch((f) -> f.visible() && !f.empty());
		}

	}

	/**
	 * What the fragment needs.
	 *
	 * @param path the group's answer path
	 * @param rows the rows shown (at least the minimum, and one)
	 * @param canAdd whether one more row may be added
	 * @param canRemove whether a row may be removed
	 */
	public record View(String path, List<Row> rows, boolean canAdd, boolean canRemove) {

		/** The action value of the "add a row" button. */
		public String addAction() {
			return "add:" + this.path;
		}

		/** The action value of the "remove this row" button. */
		public String removeAction(int number) {
			return "remove:" + this.path + ":" + (number - 1);
		}

		/** The rows that hold something, for the read-only rendering. */
		public List<Row> filledRows() {
			return this.rows.stream().filter(Row::filled).toList();
		}

	}

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
	public FieldSettings settings(Attributes yaml) {
		Attributes repeat = yaml.nested("repeat");
		int min = (repeat.integer("min") != null) ? repeat.integer("min") : 1;
		int max = (repeat.integer("max") != null) ? repeat.integer("max") : 1;
		if (min < 0 || max < 1 || min > max) {
			throw new IllegalArgumentException("repeat needs 0 <= min <= max and max >= 1");
		}
		List<FieldDefinition> fields = yaml.fields("fields");
		if (fields.isEmpty()) {
			throw new IllegalArgumentException("a group needs fields");
		}
		return new Settings(min, max, fields);
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (int i = 0; i < settings(field).repeatMax(); i++) {
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
		Settings settings = settings(field);
		List<Map<String, Object>> rows = rows(value);
		long filled = rows.stream().filter((r) -> !Ids.isEmpty(r)).count();
		if (rows.size() < settings.repeatMin()) {
			check.reject(field, path, "-add", "form.error.rows.min", settings.repeatMin());
			return;
		}
		if (filled > settings.repeatMax()) {
			check.reject(field, path, "-add", "form.error.rows.max", settings.repeatMax());
			return;
		}
		boolean checkEmptyRows = filled < settings.repeatMin();
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

	/** A group validates its rows even when it has none (the minimum applies). */
	boolean validatesEmpty() {
		return true;
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "-add";
	}

	@Override
	public Set<String> messages() {
		return Set.of("form.group.row", "form.group.add", "form.group.remove", "form.group.cell", "form.error.rows.min",
				"form.error.rows.max");
	}

	@Override
	public Object view(FieldDefinition field, String path, Object value, Views views) {
		Settings settings = settings(field);
		List<Map<String, Object>> rows = new ArrayList<>(rows(value));
		while (rows.size() < Math.max(settings.repeatMin(), 1)) {
			rows.add(Map.of());
		}
		List<Row> shown = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Map<String, Object> row = rows.get(i);
			List<FieldView> fields = new ArrayList<>();
			for (FieldDefinition child : field.fields()) {
				fields.add(views.field(child, row(path, i) + "." + child.key(), row.get(child.key()), row,
						Requirements.of(child, field.fields())));
			}
			shown.add(new Row(i + 1, rowMarker(path, i), fields));
		}
		return new View(path, shown, shown.size() < settings.repeatMax(),
				shown.size() > Math.max(settings.repeatMin(), 1));
	}

	/**
	 * One line per filled row: its number as label ({@code Objet n° 2}), its answers as
	 * value.
	 */
	@Override
	public List<TextLine> lines(FieldView field, Wording wording) {
		List<TextLine> lines = new ArrayList<>();
		for (Row row : ((View) field.data()).filledRows()) {
			String cells = row.fields()
				.stream()
				.filter((cell) -> cell.visible() && !cell.empty())
				.map((cell) -> wording.text("form.group.cell", cell.label(),
						FieldTypes.get(cell.type()).plain(cell, wording)))
				.collect(Collectors.joining(", "));
			lines.add(new TextLine(wording.text("form.group.row", field.label(), row.number()), cells));
		}
		return lines;
	}

	/** Drops empty rows and the answers of hidden columns. */
	@Override
	public Object kept(FieldDefinition field, Object value, Answers answers) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Map<String, Object> row : rows(value)) {
			Map<String, Object> kept = new LinkedHashMap<>();
			for (FieldDefinition child : field.fields()) {
				if (Validator.holds(child.visibleWhen(), Validator.values(answers, row), true)
						&& !Ids.isEmpty(row.get(child.key()))) {
					kept.put(child.key(), row.get(child.key()));
				}
			}
			if (!kept.isEmpty()) {
				rows.add(kept);
			}
		}
		return rows;
	}

	/**
	 * Adds an empty row to a group (the "add a row" button), filling up to the minimum
	 * first and never past the maximum.
	 * @param form the form
	 * @param answers its answers
	 * @param group the group's key
	 * @return the answers with the row added (unchanged when the key names no group)
	 */
	public static Answers addRow(FormDefinition form, Answers answers, String group) {
		FieldDefinition field = group(form, group);
		if (field == null) {
			return answers;
		}
		Settings settings = settings(field);
		Object value = answers.get(group);
		List<Map<String, Object>> rows = new ArrayList<>(rows(value));
		while (rows.size() < Math.max(settings.repeatMin(), 1)) {
			rows.add(new LinkedHashMap<>());
		}
		if (rows.size() < settings.repeatMax()) {
			rows.add(new LinkedHashMap<>());
		}
		return answers.with(group, rows);
	}

	/**
	 * Removes a row of a group, never going under its minimum.
	 * @param form the form
	 * @param answers its answers
	 * @param group the group's key
	 * @param index the row's index, from 0
	 * @return the answers without the row (unchanged when it cannot be removed)
	 */
	public static Answers removeRow(FormDefinition form, Answers answers, String group, int index) {
		FieldDefinition field = group(form, group);
		List<Map<String, Object>> rows = new ArrayList<>(rows(answers.get(group)));
		if (field == null || index < 0 || index >= rows.size()
				|| rows.size() <= Math.max(settings(field).repeatMin(), 1)) {
			return answers;
		}
		rows.remove(index);
		return answers.with(group, rows);
	}

	private static FieldDefinition group(FormDefinition form, String key) {
		return form.field(key).filter((f) -> f.settings() instanceof Settings).orElse(null);
	}

	private static Settings settings(FieldDefinition field) {
		return FieldType.settingsOf(field, Settings.class);
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
