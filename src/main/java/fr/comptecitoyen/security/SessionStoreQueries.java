package fr.comptecitoyen.security;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session at once (a browser loading a page while a form posts, two
 * tabs) may both write the same new session attribute: with the session store's plain
 * {@code INSERT}, the second fails on the primary key and its page with it. The store
 * writes attributes with an upsert instead: Spring Session's own PostgreSQL variant
 * ({@code INSERT … ON CONFLICT DO UPDATE}), and {@code MERGE … KEY} on H2, for which
 * Spring Session has none.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreQueries {

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionAttributeUpsert(DataSource dataSource) {
		String product = product(dataSource);
		if (product.contains("postgres")) {
			return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
		}
		if (product.contains("h2")) {
			return (repository) -> repository.setCreateSessionAttributeQuery(
					"MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES) "
							+ "KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)");
		}
		return (repository) -> {
		};
	}

	private static String product(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("The database cannot be reached at start", ex);
		}
	}

}
