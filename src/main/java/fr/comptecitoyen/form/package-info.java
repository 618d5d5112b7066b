/**
 * Forms: field types, form definitions, validation, conditions, prefill and the rendering
 * fragments of each field. Uses {@code shared} only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Forms", allowedDependencies = "shared")
package fr.comptecitoyen.form;
