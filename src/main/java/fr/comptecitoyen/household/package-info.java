/**
 * Household: the adults and children declared by a citizen, their rules (age, relation,
 * no duplicates) and the "pour qui ?" lookup that procedures use. Uses {@code account}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Household",
		allowedDependencies = { "shared", "security", "account" })
package fr.comptecitoyen.household;
