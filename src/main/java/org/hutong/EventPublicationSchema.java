package org.hutong;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Migration 33: the event publication registry's table, created by Flyway from Spring Modulith's own
 * script for this database. Modulith's schema initialiser ran its {@code CREATE TABLE IF NOT EXISTS}
 * on every node at start-up, outside any lock, and two nodes starting at once on an empty PostgreSQL
 * could both try to create the table's type and one failed. Flyway runs migrations under its database
 * lock, once. A database that already has the table keeps it: the script only adds what is missing.
 */
@Component
class EventPublicationSchema implements JavaMigration {

	private static final String SCRIPTS = "org/springframework/modulith/events/jdbc/schemas/v2/schema-%s.sql";

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("33");
	}

	@Override
	public String getDescription() {
		return "event publication registry";
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		String database = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
		ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPTS.formatted(database)));
	}
}
