/**
 * Shared kernel: the clock, the commune's settings and theme, the page layout and error
 * pages, the one set of rules for what citizens type ({@link InputRules}) and the one
 * problem record of hand-written forms ({@link FieldProblem}, gathered by
 * {@code web.FormErrors}). Every module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.comptecitoyen.shared;
