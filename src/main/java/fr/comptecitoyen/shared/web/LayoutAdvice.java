package fr.comptecitoyen.shared.web;

import fr.comptecitoyen.shared.CitySettings;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the commune's settings in every page's model (the layout shows its name, logo and
 * contact details), error pages included.
 */
@ControllerAdvice
class LayoutAdvice {

	private final CitySettings city;

	LayoutAdvice(CitySettings city) {
		this.city = city;
	}

	@ModelAttribute("city")
	CitySettings city() {
		return this.city;
	}

}
