package org.hutong;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the test database once per run, before any Spring context starts. The default pass runs
 * on in-memory H2. The PostgreSQL pass ({@code -Dhutong.test.database=postgres}, set by the Maven
 * profile when {@code HUTONG_TEST_POSTGRES_URL} is present) empties the public schema first and
 * points every context at it.
 */
public class TestDatabase implements LauncherSessionListener {

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		if (!"postgres".equals(System.getProperty("hutong.test.database"))) {
			return;
		}
		String url = required("HUTONG_TEST_POSTGRES_URL");
		String user = System.getenv().getOrDefault("HUTONG_TEST_POSTGRES_USER", "hutong");
		String password = System.getenv().getOrDefault("HUTONG_TEST_POSTGRES_PASSWORD", "");
		resetSchema(url, user, password);
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", user);
		System.setProperty("spring.datasource.password", password);
	}

	private static String required(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(name + " must be set for the PostgreSQL test pass");
		}
		return value;
	}

	private static void resetSchema(String url, String user, String password) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
			statement.execute("CREATE SCHEMA public");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot reset the PostgreSQL test schema", ex);
		}
	}
}
