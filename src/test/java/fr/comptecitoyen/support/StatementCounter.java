package fr.comptecitoyen.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares (JPA and JDBC alike), so that a
 * test can check how many a use case costs. Only the thread that called {@link #start()}
 * is counted: scheduled jobs running meanwhile are not.
 */
public final class StatementCounter {

	private static final ThreadLocal<List<String>> STATEMENTS = new ThreadLocal<>();

	private StatementCounter() {
	}

	/** Starts counting the statements of the current thread. */
	public static void start() {
		STATEMENTS.set(new ArrayList<>());
	}

	/** The statements prepared since {@link #start()}, and stops counting. */
	public static List<String> stop() {
		List<String> statements = STATEMENTS.get();
		STATEMENTS.remove();
		return statements;
	}

	/**
	 * Wraps the application's data source; part of every {@link PortalTest} context, so
	 * that counting tests share it.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		public static BeanPostProcessor countingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof DataSource dataSource && !(bean instanceof Counting))
							? new Counting(dataSource) : bean;
				}
			};
		}

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
			return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						List<String> statements = STATEMENTS.get();
						if (statements != null && method.getName().startsWith("prepare") && args != null
								&& args.length > 0) {
							statements.add(String.valueOf(args[0]));
						}
						else if (statements != null && method.getName().equals("createStatement")) {
							statements.add("(statement)");
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
