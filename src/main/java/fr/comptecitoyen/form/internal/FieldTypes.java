package fr.comptecitoyen.form.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every field type, by name. Adding a type: one {@link FieldType} class registered here,
 * one fragment in {@code templates/fragments/fields/}, its messages in every bundle and
 * its attributes in {@code docs/adding-a-procedure.md} ({@code FieldTypeTests} checks all
 * four).
 */
public final class FieldTypes {

	private static final Map<String, FieldType> TYPES = new LinkedHashMap<>();

	static {
		for (FieldType type : List.of(new TextType("short-text", 200), new TextType("long-text", 4000), new EmailType(),
				new PhoneType(), new NumberType(), new DateType(), new ChoiceType(), new MultiChoiceType(),
				new YesNoType(), new AddressType(), new MemberType(), new GroupType(), new FileType(),
				new ConsentType(), new InfoType())) {
			TYPES.put(type.name(), type);
		}
	}

	private FieldTypes() {
	}

	/**
	 * The type with that name.
	 * @throws IllegalArgumentException for an unknown name
	 */
	public static FieldType get(String name) {
		FieldType type = TYPES.get(name);
		if (type == null) {
			throw new IllegalArgumentException("unknown field type '" + name + "' (known types: " + names() + ")");
		}
		return type;
	}

	/** The names of every type. */
	public static Set<String> names() {
		return TYPES.keySet();
	}

	/** Every type, in the order they are documented. */
	public static List<FieldType> all() {
		return List.copyOf(TYPES.values());
	}

}
