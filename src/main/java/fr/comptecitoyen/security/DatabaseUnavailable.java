package fr.comptecitoyen.security;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database cannot be reached (restarted, failed over, its connections dropped),
 * every page answers a short French page with HTTP 503 and {@code Retry-After} (RFC 9110
 * §15.6.4), with the usual security headers and no stack trace, instead of an error 500
 * page whose own rendering would need the database again (the session is kept in it). The
 * first filter of all, around the session's: it sees what any later step threw. The
 * connection pool reconnects by itself once the database is back; nothing is restarted.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailable {

	/** Seconds a browser or a proxy is told to wait before trying again. */
	static final int RETRY_AFTER_SECONDS = 10;

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> databaseUnavailableFilter(ContainerErrorPages pages) {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {

					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						try {
							chain.doFilter(request, response);
						}
						catch (ServletException | IOException | RuntimeException ex) {
							if (!unreachable(ex) || response.isCommitted()) {
								throw ex;
							}
							log.warn("The database cannot be reached: {} {} answered 503 ({})", request.getMethod(),
									request.getRequestURI(), ex.toString());
							response.reset();
							response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
							response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS));
							ContainerErrorPages.prepare(request, response);
							response.getWriter().write(pages.databaseUnavailable(request));
							// Answered: Tomcat must not show its error page for an
							// exception
							// a resolver exposed on the way.
							request.removeAttribute(RequestDispatcher.ERROR_EXCEPTION);
							response.flushBuffer();
						}
					}

				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setName("databaseUnavailableFilter");
		return registration;
	}

	/**
	 * Whether the failure comes from a database that cannot be reached (no connection to
	 * be had, or the one in use dropped: SQL state class 08, « connection exception », of
	 * ISO/IEC 9075), rather than from a fault of the request. Looks through the causes
	 * and the suppressed exceptions (a rollback that failed after the connection dropped
	 * carries the first failure there).
	 */
	static boolean unreachable(Throwable failure) {
		return unreachable(failure, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
	}

	private static boolean unreachable(Throwable failure, java.util.Set<Throwable> seen) {
		if (failure == null || !seen.add(failure)) {
			return false;
		}
		if (failure instanceof CannotCreateTransactionException || failure instanceof DataAccessResourceFailureException
				|| failure instanceof SQLTransientConnectionException
				|| failure.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")
				|| (failure instanceof java.sql.SQLException sql
						&& ((sql.getSQLState() != null && sql.getSQLState().startsWith("08"))
								|| "Connection is closed".equals(sql.getMessage())))) {
			return true;
		}
		for (Throwable suppressed : failure.getSuppressed()) {
			if (unreachable(suppressed, seen)) {
				return true;
			}
		}
		return unreachable(failure.getCause(), seen);
	}

}
