package fr.comptecitoyen.catalogue;

import java.util.Arrays;

/**
 * The categories of the "Les Services" tab, in the order they are shown.
 */
public enum Category {

	/** School enrolment, canteen, out-of-school care. */
	SCOLAIRE("scolaire"),

	/** Citizenship: census, hosting certificates. */
	CITOYENNETE("citoyennete"),

	/** Technical services: bulky items, street reports, public space. */
	SERVICES_TECHNIQUES("services-techniques"),

	/** Civil status: birth, marriage and death certificates. */
	ETAT_CIVIL("etat-civil");

	private final String slug;

	Category(String slug) {
		this.slug = slug;
	}

	/** The name used in YAML files, URLs and message keys. */
	public String slug() {
		return this.slug;
	}

	/**
	 * The category with that slug.
	 * @throws IllegalArgumentException for an unknown slug
	 */
	public static Category of(String slug) {
		return Arrays.stream(values())
			.filter((c) -> c.slug.equals(slug))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown category '" + slug + "' (scolaire, citoyennete, services-techniques or etat-civil)"));
	}

}
