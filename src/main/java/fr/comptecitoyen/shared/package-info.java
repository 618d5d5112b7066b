/**
 * Shared kernel: the clock, the commune's settings and theme, the page layout and error
 * pages. Every module may use it; it uses none.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.comptecitoyen.shared;
