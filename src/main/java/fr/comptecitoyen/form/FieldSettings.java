package fr.comptecitoyen.form;

import java.util.List;

/**
 * The settings a field type reads from its own YAML attributes ({@code min},
 * {@code options}, {@code repeat}…). Each type has a record of its own; the form engine
 * only knows this interface.
 */
public interface FieldSettings {

	/** Settings of a type that reads no attribute of its own. */
	FieldSettings NONE = new FieldSettings() {
		@Override
		public String toString() {
			return "none";
		}
	};

	/**
	 * The fields nested in this one (the columns of a group's rows); empty for the
	 * others.
	 */
	default List<FieldDefinition> fields() {
		return List.of();
	}

}
