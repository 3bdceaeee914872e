package org.hutong;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.hutong.shared.StartupSeed;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes starting at once on an empty database both start, and seed one set of demo data between
 * them: one node seeds under the database lock, the other waits and then finds it. While a node
 * seeds it refuses traffic ({@code /actuator/health/readiness} is OUT_OF_SERVICE); once done it accepts.
 * Runs on H2 and, in the PostgreSQL pass, in a schema of its own.
 */
class StartupSeedingTests {

	/** Runs last among the seeds and notes what the node told the world while it was seeding. */
	@Order(Ordered.LOWEST_PRECEDENCE)
	static class ReadinessWhileSeeding implements StartupSeed {

		static final Map<String, String> SEEN = new ConcurrentHashMap<>();

		private final ApplicationAvailability availability;

		private final Environment environment;

		ReadinessWhileSeeding(ApplicationAvailability availability, Environment environment) {
			this.availability = availability;
			this.environment = environment;
		}

		@Override
		public void seed() {
			String port = environment.getProperty("local.server.port");
			SEEN.put(port + ".state", availability.getReadinessState().name());
			SEEN.put(port + ".http", readiness(Integer.parseInt(port)));
		}
	}

	static String readiness(int port) {
		try {
			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
						HttpResponse.BodyHandlers.ofString());
			return answer.statusCode() + " " + answer.body();
		}
		catch (Exception failed) {
			return "failed: " + failed;
		}
	}

	@Test
	void twoNodesStartingAtOnceOnAnEmptyDatabaseSeedOnceAndReportReadyOnlyWhenDone() throws Exception {
		EmptyDatabase database = EmptyDatabase.create();
		ExecutorService starting = Executors.newFixedThreadPool(2);
		List<ConfigurableApplicationContext> nodes = new ArrayList<>();
		// both nodes share this JVM's logging, set up already: two contexts configuring it at once race on
		// the system properties Boot's logging set-up writes and reads (a start-up fails now and then)
		String logging = System.setProperty(LoggingSystem.SYSTEM_PROPERTY, LoggingSystem.NONE);
		try {
			Future<ConfigurableApplicationContext> a = starting.submit(() -> start(database));
			Future<ConfigurableApplicationContext> b = starting.submit(() -> start(database));
			nodes.add(a.get(10, TimeUnit.MINUTES));
			nodes.add(b.get(10, TimeUnit.MINUTES));

			JdbcTemplate jdbc = new JdbcTemplate(nodes.get(0).getBean(DataSource.class));
			assertThat(jdbc.queryForList("SELECT code FROM tenancy_tenant ORDER BY code", String.class))
				.containsExactly("demo", "demo2");
			long demo = jdbc.queryForObject("SELECT id FROM tenancy_tenant WHERE code = 'demo'", Long.class);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity_user WHERE tenant_id = ?", Long.class, demo))
				.isEqualTo(6);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customers_customer WHERE tenant_id = ?", Long.class, demo))
				.isEqualTo(300);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feed_post WHERE tenant_id = ? AND body LIKE ?", Long.class,
					demo, "各位同事：本月起%")).as("the demo feed's first post, once").isOne();

			for (ConfigurableApplicationContext node : nodes) {
				String port = node.getEnvironment().getProperty("local.server.port");
				assertThat(ReadinessWhileSeeding.SEEN.get(port + ".state")).isEqualTo(ReadinessState.REFUSING_TRAFFIC.name());
				assertThat(ReadinessWhileSeeding.SEEN.get(port + ".http")).startsWith("503").contains("OUT_OF_SERVICE");
				assertThat(node.getBean(ApplicationAvailability.class).getReadinessState())
					.isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
				assertThat(readiness(Integer.parseInt(port))).startsWith("200").contains("UP");
			}
		}
		finally {
			nodes.forEach(ConfigurableApplicationContext::close);
			starting.shutdownNow();
			database.drop();
			if (logging == null) {
				System.clearProperty(LoggingSystem.SYSTEM_PROPERTY);
			}
			else {
				System.setProperty(LoggingSystem.SYSTEM_PROPERTY, logging);
			}
		}
	}

	private static ConfigurableApplicationContext start(EmptyDatabase database) {
		return new SpringApplicationBuilder(HutongApplication.class).profiles("test")
			.initializers(context -> ((GenericApplicationContext) context).registerBean(ReadinessWhileSeeding.class))
			.run("--spring.datasource.url=" + database.url(), "--server.port=0", "--hutong.demo=true",
					"--hutong.data-dir=" + System.getProperty("hutong.build.dir", "target") + "/seeding-" + UUID.randomUUID());
	}

	/** A database no context has used: a fresh in-memory H2, or a fresh schema on the PostgreSQL pass. */
	record EmptyDatabase(String url, String schema) {

		static EmptyDatabase create() throws SQLException {
			String name = "seeding_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			if (!"postgres".equals(System.getProperty("hutong.test.database"))) {
				return new EmptyDatabase("jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", null);
			}
			String base = System.getProperty("spring.datasource.url");
			execute(base, "CREATE SCHEMA " + name);
			return new EmptyDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name, name);
		}

		void drop() throws SQLException {
			if (schema != null) {
				execute(System.getProperty("spring.datasource.url"), "DROP SCHEMA " + schema + " CASCADE");
			}
		}

		private static void execute(String url, String sql) throws SQLException {
			try (Connection connection = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
					System.getProperty("spring.datasource.password"));
					Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
		}
	}
}
