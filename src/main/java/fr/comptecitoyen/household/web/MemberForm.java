package fr.comptecitoyen.household.web;

import fr.comptecitoyen.household.MemberView;
import fr.comptecitoyen.shared.InputRules;

/**
 * What the add / edit member forms post, kept as typed so that a refused form comes back
 * unchanged. The kind comes from the URL, never from the form; an adult's form ignores
 * the sex and a child's the relation and civility.
 */
record MemberForm(String relation, String civility, String sex, String lastName, String firstNames, String birthDate) {

	static MemberForm empty() {
		return new MemberForm(null, null, null, "", "", "");
	}

	static MemberForm of(MemberView member) {
		String birthDate = (member.birthDate() != null) ? InputRules.DATE_FORMAT.format(member.birthDate()) : "";
		return new MemberForm((member.relation() != null) ? member.relation().name() : null,
				(member.civility() != null) ? member.civility().name() : null,
				(member.sex() != null) ? member.sex().name() : null, member.lastName(), member.firstNames(), birthDate);
	}

}
