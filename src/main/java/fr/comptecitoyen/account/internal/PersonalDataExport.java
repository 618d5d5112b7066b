package fr.comptecitoyen.account.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.account.PersonalDataContributor;
import fr.comptecitoyen.shared.CitySettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mes données": everything the portal holds about a citizen, gathered from every
 * module's {@link PersonalDataContributor}, in their order.
 */
@Service
public class PersonalDataExport {

	private final List<PersonalDataContributor> contributors;

	private final CitySettings city;

	private final Clock clock;

	PersonalDataExport(ObjectProvider<PersonalDataContributor> contributors, CitySettings city, Clock clock) {
		this.contributors = contributors.orderedStream().toList();
		this.city = city;
		this.clock = clock;
	}

	/**
	 * The export: when and by whom it was made, then one entry per section.
	 */
	@Transactional(readOnly = true)
	public Map<String, Object> of(UUID accountId) {
		Map<String, Object> export = new LinkedHashMap<>();
		export.put("portail", this.city.name());
		export.put("exporteLe", this.clock.instant());
		Map<String, Object> sections = new LinkedHashMap<>();
		for (PersonalDataContributor contributor : this.contributors) {
			sections.put(contributor.section(), contributor.data(accountId));
		}
		export.put("sections", sections);
		return export;
	}

}
