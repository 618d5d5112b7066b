package fr.comptecitoyen.shared.web;

import java.time.Duration;

import fr.comptecitoyen.shared.CitySettings;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The commune's colours as CSS custom properties, so that the stylesheet stays static and
 * no inline style is ever needed (the CSP forbids them).
 */
@RestController
class ThemeController {

	private final String css;

	ThemeController(CitySettings city) {
		this.css = ":root {\n  --cc-primary: " + city.primaryColor() + ";\n  --cc-accent: " + city.accentColor()
				+ ";\n}\n";
	}

	@GetMapping(path = "/theme.css", produces = "text/css")
	ResponseEntity<String> theme() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css"))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.body(this.css);
	}

}
