package fr.comptecitoyen.shared;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The benchmark's SQL statement count, only with the {@code bench} Spring profile (never
 * in production): the data source is wrapped in a proxy that counts the statements
 * prepared on HTTP request threads, and {@code GET /bench/statements} answers
 * {@code <requests> <statements>} (plain text, from the loopback address only) so that
 * {@code bench/run} divides the difference before and after a scenario; with
 * {@code ?path=/agent/demandes}, only the requests to that path (query string aside), so
 * that a page is measured without the sign-in that came before it. Background jobs'
 * statements are not counted.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchStatementCount {

	/** The path of the counters. */
	static final String PATH = "/bench/statements";

	private static final ThreadLocal<Boolean> IN_REQUEST = new ThreadLocal<>();

	private static final AtomicLong REQUESTS = new AtomicLong();

	private static final AtomicLong STATEMENTS = new AtomicLong();

	/** Requests and statements by path: {@code [requests, statements]}. */
	private static final Map<String, AtomicLongArray> BY_PATH = new ConcurrentHashMap<>();

	/** The counters of the request on this thread, by path. */
	private static final ThreadLocal<AtomicLongArray> PATH_COUNTS = new ThreadLocal<>();

	@Bean
	static BeanPostProcessor benchCountingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return (bean instanceof DataSource dataSource && !(bean instanceof Counting)) ? new Counting(dataSource)
						: bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> benchStatementFilter() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
				new OncePerRequestFilter() {
					@Override
					protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
							FilterChain chain) throws ServletException, IOException {
						if (PATH.equals(request.getRequestURI())) {
							boolean local = "127.0.0.1".equals(request.getRemoteAddr())
									|| "0:0:0:0:0:0:0:1".equals(request.getRemoteAddr());
							response.setStatus(local ? 200 : 404);
							response.setContentType("text/plain");
							response.getWriter().print(local ? counts(request.getParameter("path")) : "");
							return;
						}
						REQUESTS.incrementAndGet();
						AtomicLongArray path = BY_PATH.computeIfAbsent(request.getRequestURI(),
								(key) -> new AtomicLongArray(2));
						path.incrementAndGet(0);
						IN_REQUEST.set(Boolean.TRUE);
						PATH_COUNTS.set(path);
						try {
							chain.doFilter(request, response);
						}
						finally {
							IN_REQUEST.remove();
							PATH_COUNTS.remove();
						}
					}
				});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	private static String counts(String path) {
		if (path == null) {
			return REQUESTS.get() + " " + STATEMENTS.get();
		}
		AtomicLongArray counts = BY_PATH.getOrDefault(path, new AtomicLongArray(2));
		return counts.get(0) + " " + counts.get(1);
	}

	static final class Counting extends DelegatingDataSource {

		Counting(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counted(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counted(super.getConnection(username, password));
		}

		private static Connection counted(Connection connection) {
			return (Connection) Proxy.newProxyInstance(BenchStatementCount.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						String name = method.getName();
						if (IN_REQUEST.get() != null
								&& (name.startsWith("prepare") || name.equals("createStatement"))) {
							STATEMENTS.incrementAndGet();
							AtomicLongArray path = PATH_COUNTS.get();
							if (path != null) {
								path.incrementAndGet(1);
							}
						}
						try {
							return method.invoke(connection, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
		}

	}

}
