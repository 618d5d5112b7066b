package fr.comptecitoyen.catalogue.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import fr.comptecitoyen.form.FormContext;
import fr.comptecitoyen.form.MemberOption;
import fr.comptecitoyen.form.PrefillSource;

/**
 * The fictitious account and household the form preview uses, so that member pickers and
 * prefilled fields show what a citizen would see. Ages follow the current day, so every
 * procedure has someone to pick.
 */
final class PreviewHousehold {

	private PreviewHousehold() {
	}

	static FormContext context(LocalDate today, String commune) {
		Map<String, Object> account = Map.of("account.last-name", "Exemple", "account.first-name", "Camille",
				"account.email", "camille.exemple@example.org", "account.phone", "06 12 34 56 78", "account.birth-date",
				today.minusYears(41).withDayOfYear(100).toString(), "account.address",
				Map.of("line", "12 rue des Mimosas", "postcode", "34999", "commune", commune));
		List<MemberOption> members = List.of(
				new MemberOption("apercu-camille", "Camille", "Exemple", today.minusYears(41).withDayOfYear(100),
						false),
				new MemberOption("apercu-jules", "Jules", "Exemple", today.minusYears(16).minusDays(20), true),
				new MemberOption("apercu-lea", "Léa", "Exemple", today.minusYears(7).minusDays(45), true),
				new MemberOption("apercu-hugo", "Hugo", "Exemple", today.minusYears(4).minusDays(120), true));
		return new FormContext(PrefillSource.of(account), members);
	}

}
