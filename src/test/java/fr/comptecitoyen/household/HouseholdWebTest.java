package fr.comptecitoyen.household;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.ThreadLocalRandom;

import fr.comptecitoyen.account.internal.Account;
import fr.comptecitoyen.account.internal.AccountRepository;
import fr.comptecitoyen.household.internal.HouseholdService;
import fr.comptecitoyen.household.internal.MemberDetails;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Base of the MockMvc tests of the account and household pages: a real application on its
 * own database, citizens made directly in it, requests signed in as one of them.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class HouseholdWebTest {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected JdbcTemplate jdbc;

	@Autowired
	protected HouseholdService household;

	@Autowired
	AccountRepository accountRepository;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Clock clock;

	protected TestCitizens citizens;

	@BeforeEach
	void citizens() {
		this.citizens = new TestCitizens(this.accountRepository, this.encoder, this.clock);
	}

	/** Today in the commune (Europe/Paris by default). */
	protected LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Paris")));
	}

	/** A GET signed in as that citizen. */
	protected MockHttpServletRequestBuilder getAs(Account account, String path) {
		return get(path).with(user(TestCitizens.principal(account)));
	}

	/** A POST with its CSRF token, signed in as that citizen. */
	protected MockHttpServletRequestBuilder postAs(Account account, String path) {
		return post(path).with(user(TestCitizens.principal(account))).with(csrf());
	}

	/** The page's HTML for a GET as that citizen. */
	protected String page(Account account, String path) throws Exception {
		return this.mvc.perform(getAs(account, path)).andReturn().getResponse().getContentAsString();
	}

	/** How many members the account's household has in the database. */
	protected int memberCount(Account account) {
		return this.jdbc.queryForObject("select count(*) from household_member where account_id = ?", Integer.class,
				account.getId());
	}

	/** Adds a child directly (the account must be validated). */
	protected MemberView addChild(Account account, String firstNames, LocalDate born) {
		return this.household.add(account.getId(), MemberDetails.child(Sex.F, account.getLastName(), firstNames, born));
	}

	/** A POST of the child form with the given values. */
	protected MockHttpServletRequestBuilder childForm(MockHttpServletRequestBuilder post, String lastName,
			String firstNames, String sex, String day, String month, String year) {
		return post.param("lastName", lastName)
			.param("firstNames", firstNames)
			.param("sex", sex)
			.param("birthDay", day)
			.param("birthMonth", month)
			.param("birthYear", year);
	}

	/** A unique surname, so that tests sharing a database never meet. */
	protected static String surname(String base) {
		StringBuilder name = new StringBuilder(base);
		for (int i = 0; i < 5; i++) {
			name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
		}
		return name.toString();
	}

}
