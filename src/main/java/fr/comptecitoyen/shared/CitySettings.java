package fr.comptecitoyen.shared;

import java.net.URI;
import java.time.ZoneId;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The commune that runs the portal: its name, look and contact details
 * ({@code cc.city.*}).
 *
 * @param name the commune's name, shown in the header, the pages and every email
 * @param logo path or URL of the logo shown in the header
 * @param primaryColor main colour (header, buttons), as {@code #rrggbb}
 * @param accentColor secondary colour (links, focus ring), as {@code #rrggbb}
 * @param helpEmail address for questions about the citizen account
 * @param postalAddress the town hall's postal address, shown in the footer and legal
 * notice
 * @param phone the town hall's phone number, shown in the footer
 * @param timeZone the commune's time zone: dates shown and reminders scheduled in it
 * @param publicUrl the address citizens reach the portal at, used in emailed links and in
 * the QR code of receipts; required (start-up fails without it), except in demo mode
 * where {@code application-demo.yml} makes it {@code http://localhost:<server.port>}, the
 * address the portal was started on
 * @param publisher who publishes the portal (legal notice: the mayor, as a rule)
 * @param host who hosts the portal (legal notice)
 * @param elide whether « de » is elided before the name (« la mairie d’Hyères »): null
 * (the default) tells it by the first letter, a vowel, not an h; set it for a name that
 * starts with a mute h ({@link CityNameContraction})
 */
@Validated
@ConfigurationProperties("cc.city")
public record CitySettings(@DefaultValue("Ma Commune") @NotBlank String name,
		@DefaultValue("/img/logo.svg") @NotBlank String logo,
		@DefaultValue("#1d4e89") @Pattern(regexp = COLOUR) String primaryColor,
		@DefaultValue("#a4262c") @Pattern(regexp = COLOUR) String accentColor,
		@DefaultValue("aide-compte-citoyen@example.org") @Email @NotBlank String helpEmail,
		@DefaultValue("Hôtel de ville, 1 place de la Mairie, 00000 Ma Commune") @NotBlank String postalAddress,
		@DefaultValue("") String phone, @DefaultValue("Europe/Paris") @NotNull ZoneId timeZone,
		@NotNull(message = PUBLIC_URL_MISSING) URI publicUrl, @DefaultValue("Le maire de la commune") String publisher,
		@DefaultValue("La commune") String host, Boolean elide) {

	private static final String COLOUR = "#[0-9a-fA-F]{6}";

	private static final String PUBLIC_URL_MISSING = "is required: set cc.city.public-url (environment variable "
			+ "CC_CITY_PUBLIC_URL) to the address citizens reach the portal at, e.g. https://demarches.ma-commune.fr; "
			+ "links in emails and the QR codes of receipts lead there";

	/**
	 * A French text with « de » and « à » before the commune's name contracted, for the
	 * texts that do not come from the message bundles (the attestations of the
	 * procedures): « Le maire d’Orléans », « du Havre » ({@link CityNameContraction}).
	 * @param text French text where the name is written as set
	 * @return the text contracted
	 */
	public String contracted(String text) {
		CityNameContraction contraction = CityNameContraction.of(this.name, this.elide);
		return (contraction != null) ? contraction.apply(text) : text;
	}

	/**
	 * An absolute link into the portal, for emails and PDF receipts.
	 * @param path a path starting with {@code /}
	 * @return the public URL of that path
	 */
	public String link(String path) {
		String base = this.publicUrl.toString();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
	}

}
