package fr.comptecitoyen.household;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links into the household pages for the other modules, e.g. a procedure's "pour qui ?"
 * step that lets the citizen declare the missing child and come back.
 */
public final class HouseholdPaths {

	private HouseholdPaths() {
	}

	/**
	 * The form that adds one member of this kind, then goes back to {@code retour}.
	 * @param kind adult or child
	 * @param retour a path of the portal (e.g. the draft's step), encoded here
	 * @return a path with its query, ready for a redirect
	 */
	public static String addMember(MemberKind kind, String retour) {
		String path = (kind == MemberKind.ADULT) ? "/compte/foyer/adultes/ajouter" : "/compte/foyer/enfants/ajouter";
		return UriComponentsBuilder.fromPath(path)
			.queryParam("retour", "{retour}")
			.encode()
			.buildAndExpand(retour)
			.toUriString();
	}

}
