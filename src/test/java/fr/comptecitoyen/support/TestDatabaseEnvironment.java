package fr.comptecitoyen.support;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives every test application context a database of its own: an in-memory H2 database by
 * default, or a fresh schema in the local PostgreSQL when {@code CC_TEST_DB=postgres}.
 * Mail goes to the shared GreenMail server of {@link TestMail}.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> properties = new HashMap<>();
		String name = "cc_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		if (TestDatabase.isPostgres()) {
			properties.put("spring.datasource.url", TestDatabase.postgresUrl() + "?currentSchema=" + name);
			properties.put("spring.datasource.username", TestDatabase.postgresUser());
			properties.put("spring.datasource.password", "");
			properties.put("spring.flyway.schemas", name);
			properties.put("spring.flyway.default-schema", name);
		}
		else {
			properties.put("spring.datasource.url", "jdbc:h2:mem:" + name
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			properties.put("spring.datasource.username", "sa");
			properties.put("spring.datasource.password", "");
		}
		properties.put("spring.datasource.hikari.maximum-pool-size", "4");
		if (TestDatabase.isPostgres()) {
			// Many test contexts stay cached at once: let idle connections go, so that
			// PostgreSQL's connection limit is never reached. (Not on H2: an in-memory
			// database misbehaves once the connection that created its schema is closed.)
			properties.put("spring.datasource.hikari.minimum-idle", "0");
			properties.put("spring.datasource.hikari.idle-timeout", "10000");
		}
		TestMail.server();
		properties.put("spring.mail.host", "127.0.0.1");
		properties.put("spring.mail.port", String.valueOf(TestMail.PORT));
		properties.put("spring.thymeleaf.cache", "true");
		// As in production, where it is required; demo-profile tests get their own.
		if (!environment.containsProperty("cc.city.public-url")) {
			properties.put("cc.city.public-url", "http://localhost:8080");
		}
		// Tests deliver mail by calling Mailbox.drain() and run reminders themselves: a
		// background round racing them would make their timing nondeterministic.
		properties.put("cc.mail.relay-interval", "1h");
		properties.put("cc.reminders.interval", "1h");
		// Authenticator secrets encrypted as in production.
		properties.put("cc.security.totp-key", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=");
		properties.put("logging.level.root", "WARN");
		properties.put("logging.level.fr.comptecitoyen", "INFO");
		environment.getPropertySources().addFirst(new MapPropertySource("ccTest", properties));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/** Which database the tests run on. */
	public static final class TestDatabase {

		private TestDatabase() {
		}

		public static boolean isPostgres() {
			String value = System.getenv("CC_TEST_DB");
			return value != null && value.toLowerCase(Locale.ROOT).startsWith("postgres");
		}

		/**
		 * The PostgreSQL test server (CC_TEST_POSTGRES_URL), its database {@code test} by
		 * default.
		 */
		public static String postgresUrl() {
			String url = System.getenv("CC_TEST_POSTGRES_URL");
			return (url != null) ? url : "jdbc:postgresql://127.0.0.1:5432/test";
		}

		/**
		 * Its user (CC_TEST_POSTGRES_USER), {@code postgres} by default, trusted without
		 * a password.
		 */
		public static String postgresUser() {
			String user = System.getenv("CC_TEST_POSTGRES_USER");
			return (user != null) ? user : "postgres";
		}

	}

}
