/**
 * Catalogue: procedures, categories, revisions and publication; loads
 * {@code procedures/*.yml} at start. Uses {@code form}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue", allowedDependencies = { "shared", "form" })
package fr.comptecitoyen.catalogue;
