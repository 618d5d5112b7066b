package fr.comptecitoyen.household;

import fr.comptecitoyen.support.Citizen;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The household's child form as the tests fill it, and what the database then holds. */
final class ChildForms {

	private ChildForms() {
	}

	/**
	 * A POST of the child form with the given values, the birth date as typed in its box.
	 */
	static MockHttpServletRequestBuilder childForm(MockHttpServletRequestBuilder post, String lastName,
			String firstNames, String sex, String birthDate) {
		return post.param("lastName", lastName)
			.param("firstNames", firstNames)
			.param("sex", sex)
			.param("birthDate", birthDate);
	}

	/** How many members the citizen's household has in the database. */
	static int memberCount(JdbcTemplate jdbc, Citizen citizen) {
		return jdbc.queryForObject("select count(*) from household_member where account_id = ?", Integer.class,
				citizen.id());
	}

}
