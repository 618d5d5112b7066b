package fr.comptecitoyen.shared.web;

import fr.comptecitoyen.shared.CitySettings;
import fr.comptecitoyen.shared.DemoSettings;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the commune's settings in every page's model (the layout shows its name, logo and
 * contact details), error pages included, and whether demo mode is on (a banner).
 */
@ControllerAdvice
class LayoutAdvice {

	private final CitySettings city;

	private final DemoSettings demo;

	LayoutAdvice(CitySettings city, DemoSettings demo) {
		this.city = city;
		this.demo = demo;
	}

	/** Whether the layout shows the "Mode démonstration" banner. */
	@ModelAttribute("demoMode")
	boolean demoMode() {
		return this.demo.enabled();
	}

	@ModelAttribute("city")
	CitySettings city() {
		return this.city;
	}

}
