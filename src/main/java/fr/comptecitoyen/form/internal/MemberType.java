package fr.comptecitoyen.form.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.comptecitoyen.form.FieldDefinition;
import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.MemberOption;

/**
 * {@code member}: picks one household member among those the caller offers, optionally
 * only children ({@code filter: children}) or adults, and within an age range
 * ({@code age: {min: 3, max: 11}}). The answer keeps the member's id, names and date of
 * birth, so that the request reads alone.
 */
public class MemberType implements FieldType {

	@Override
	public String name() {
		return "member";
	}

	@Override
	public Set<String> attributes() {
		return Set.of("filter", "age");
	}

	@Override
	public Object bind(FieldDefinition field, String path, Map<String, String[]> params, FormContext context) {
		String id = Ids.param(params, path);
		if (id == null) {
			return null;
		}
		Map<String, Object> chosen = new LinkedHashMap<>();
		chosen.put("id", id);
		context.members().stream().filter((m) -> m.id().equals(id)).findFirst().ifPresent((member) -> {
			chosen.put("first-name", member.firstName());
			chosen.put("last-name", member.lastName());
			if (member.birthDate() != null) {
				chosen.put("birth-date", member.birthDate().toString());
			}
		});
		return chosen;
	}

	@Override
	public void validate(FieldDefinition field, String path, Object value, Check check) {
		Object id = (value instanceof Map<?, ?> map) ? map.get("id") : null;
		boolean offered = eligible(field, check.context().members(), check.today()).stream()
			.anyMatch((m) -> m.id().equals(id));
		if (!offered) {
			check.reject(field, path, "-0", "form.error.member");
		}
	}

	@Override
	public void verify(FieldDefinition field) {
		if (field.filter() != null && !Set.of("children", "adults").contains(field.filter())) {
			throw new IllegalArgumentException("filter must be children or adults, not '" + field.filter() + "'");
		}
		if (field.ageMin() != null && field.ageMax() != null && field.ageMin() > field.ageMax()) {
			throw new IllegalArgumentException("age min is greater than age max");
		}
	}

	@Override
	public String missingCode() {
		return "form.error.choose";
	}

	@Override
	public String focusSuffix(FieldDefinition field) {
		return "-0";
	}

	/**
	 * The members the field offers.
	 * @param field the field
	 * @param members the household
	 * @param today the commune's current day (for ages)
	 * @return the members matching the filter and age range
	 */
	public static List<MemberOption> eligible(FieldDefinition field, List<MemberOption> members, LocalDate today) {
		return members.stream().filter((m) -> matches(field, m, today)).toList();
	}

	private static boolean matches(FieldDefinition field, MemberOption member, LocalDate today) {
		if ("children".equals(field.filter()) && !member.child() || "adults".equals(field.filter()) && member.child()) {
			return false;
		}
		if (field.ageMin() == null && field.ageMax() == null) {
			return true;
		}
		if (member.birthDate() == null) {
			return false;
		}
		int age = Period.between(member.birthDate(), today).getYears();
		return (field.ageMin() == null || age >= field.ageMin()) && (field.ageMax() == null || age <= field.ageMax());
	}

}
