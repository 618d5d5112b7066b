package fr.comptecitoyen.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import fr.comptecitoyen.support.TestDatabaseEnvironment.TestDatabase;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * A PostgreSQL database of the shipped jar's own, on the test server
 * ({@link TestDatabase}: 127.0.0.1:5432, user {@code postgres}, no password): created
 * empty (the portal's migrations fill it at its first start), dropped at the end. People
 * are written into it directly, their passwords hashed as the portal hashes them
 * (Argon2id, {@code {argon2}} prefix).
 */
final class PortalDatabase {

	private static final Argon2PasswordEncoder ARGON2 = new Argon2PasswordEncoder(16, 32, 1, 19456, 2);

	private final String name;

	private final String url;

	private final Map<String, String> hashes = new HashMap<>();

	private PortalDatabase(String name) {
		this.name = name;
		this.url = TestDatabase.postgresUrl().replaceFirst("/[^/?]+$", "/" + name);
	}

	/**
	 * Creates an empty database.
	 * @param prefix the start of its name (letters, digits and underscores); a random
	 * part follows
	 */
	static PortalDatabase create(String prefix) throws SQLException {
		PortalDatabase database = new PortalDatabase(
				prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10));
		try (Connection admin = admin(); Statement sql = admin.createStatement()) {
			sql.execute("CREATE DATABASE " + database.name);
		}
		return database;
	}

	/** A connection to the server's own database, to create, alter or drop others. */
	static Connection admin() throws SQLException {
		return DriverManager.getConnection(TestDatabase.postgresUrl(), TestDatabase.postgresUser(), "");
	}

	/** Its name. */
	String name() {
		return this.name;
	}

	/** Its JDBC address, for {@code spring.datasource.url}. */
	String url() {
		return this.url;
	}

	/** A new connection to it. */
	Connection connect() throws SQLException {
		return DriverManager.getConnection(this.url, TestDatabase.postgresUser(), "");
	}

	/** Drops it, closing the connections still open on it. */
	void drop() throws SQLException {
		try (Connection admin = admin(); Statement sql = admin.createStatement()) {
			sql.execute("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
		}
	}

	/**
	 * Writes a citizen account (born 1 May 1980 in Sète, emails preferred).
	 * @param username the identifier it signs in with; its email is
	 * {@code <username>@example.org}
	 * @param lastName its last name (first name Camille)
	 * @param status {@code VALIDATED}, {@code PENDING}…
	 * @param password its password, stored hashed
	 * @return the account's id
	 */
	UUID citizen(String username, String lastName, String status, String password) throws SQLException {
		UUID id = UUID.randomUUID();
		Timestamp now = Timestamp.from(Instant.now());
		try (Connection db = connect();
				PreparedStatement insert = db.prepareStatement("insert into citizen_account (id, username, email, "
						+ "password_hash, status, civility, last_name, first_name, birth_date, phone, address_line, "
						+ "postcode, city, contact_preference, created_at, updated_at, version, correction_requested) "
						+ "values (?, ?, ?, ?, ?, 'MADAME', ?, 'Camille', date '1980-05-01', '06 12 34 56 78', "
						+ "'1 rue des Tamaris', '34200', 'Sète', 'EMAIL', ?, ?, 0, false)")) {
			insert.setObject(1, id);
			insert.setString(2, username);
			insert.setString(3, username + "@example.org");
			insert.setString(4, hash(password));
			insert.setString(5, status);
			insert.setString(6, lastName);
			insert.setTimestamp(7, now);
			insert.setTimestamp(8, now);
			insert.executeUpdate();
		}
		return id;
	}

	/**
	 * Writes a staff member with every role (administrator, account validator, agent) in
	 * every department, a password and no authenticator app yet: their first sign-in
	 * leads to the enrolment of one.
	 * @param username the identifier they sign in with
	 * @param password their password, stored hashed
	 * @return their id
	 */
	UUID staff(String username, String password) throws SQLException {
		UUID id = UUID.randomUUID();
		try (Connection db = connect()) {
			update(db,
					"insert into staff_member (id, username, email, display_name, password_hash, created_at, "
							+ "created_by, version) values (?, ?, ?, ?, ?, ?, 'tests', 0)",
					id, username, username + "@mairie.example.org", "Agent " + username, hash(password),
					Timestamp.from(Instant.now()));
			for (String role : new String[] { "ADMINISTRATOR", "ACCOUNT_VALIDATOR", "AGENT" }) {
				update(db, "insert into staff_member_role (staff_id, role) values (?, ?)", id, role);
			}
			update(db, "insert into staff_member_department (staff_id, department_code) "
					+ "select ?, code from department", id);
		}
		return id;
	}

	/**
	 * Runs one statement.
	 * @return the number of rows it changed
	 */
	int update(String sql, Object... parameters) throws SQLException {
		try (Connection db = connect()) {
			return update(db, sql, parameters);
		}
	}

	/**
	 * The first column of the first row of a query, as a number.
	 * @throws IllegalStateException when the query fails (its text in the message)
	 */
	int count(String sql, Object... parameters) {
		try (Connection db = connect(); PreparedStatement query = db.prepareStatement(sql)) {
			bind(query, parameters);
			try (ResultSet rs = query.executeQuery()) {
				rs.next();
				return rs.getInt(1);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	private String hash(String password) {
		return this.hashes.computeIfAbsent(password, (raw) -> "{argon2}" + ARGON2.encode(raw));
	}

	private static int update(Connection db, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = db.prepareStatement(sql)) {
			bind(statement, parameters);
			return statement.executeUpdate();
		}
	}

	private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
		for (int i = 0; i < parameters.length; i++) {
			statement.setObject(i + 1, parameters[i]);
		}
	}

}
