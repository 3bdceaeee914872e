package org.hutong.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Random;

/**
 * The sales people who own the benchmark customers: users {@code bench01} … {@code benchNN} of the
 * tenant, made as copies of a template user (password, department, position, status and roles), so
 * they sign in with the template's password and see what it sees. Users that exist are reused.
 */
final class BenchOwners {

	private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾";

	private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌";

	private static final String COPY_USER = """
			INSERT INTO identity_user (tenant_id, username, password_hash, display_name, department_id, position,
			  status, language, failed_attempts, created_at, updated_at, version)
			SELECT tenant_id, ?, password_hash, ?, department_id, position, status, language, 0, created_at,
			  updated_at, 0
			FROM identity_user WHERE tenant_id = ? AND username = ?""";

	private static final String COPY_ROLES = """
			INSERT INTO identity_user_role (tenant_id, user_id, role_id)
			SELECT tenant_id, ?, role_id FROM identity_user_role WHERE tenant_id = ? AND user_id = ?""";

	private BenchOwners() {
	}

	/** The ids of {@code count} owners, created from {@code template} where missing. */
	static long[] ensure(Connection connection, long tenant, int count, String template, Random random)
			throws SQLException {
		Long templateId = userId(connection, tenant, template);
		if (templateId == null) {
			throw new IllegalArgumentException("no user '" + template + "' in the tenant to copy the owners from");
		}
		long[] owners = new long[count];
		for (int i = 0; i < count; i++) {
			String username = String.format("bench%02d", i + 1);
			Long id = userId(connection, tenant, username);
			if (id == null) {
				id = copy(connection, tenant, template, templateId, username, person(random));
			}
			owners[i] = id;
		}
		connection.commit();
		return owners;
	}

	static Long userId(Connection connection, long tenant, String username) throws SQLException {
		try (PreparedStatement find = connection
			.prepareStatement("SELECT id FROM identity_user WHERE tenant_id = ? AND username = ?")) {
			find.setLong(1, tenant);
			find.setString(2, username);
			try (ResultSet row = find.executeQuery()) {
				return row.next() ? row.getLong(1) : null;
			}
		}
	}

	private static long copy(Connection connection, long tenant, String template, long templateId, String username,
			String displayName) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(COPY_USER)) {
			insert.setString(1, username);
			insert.setString(2, displayName);
			insert.setLong(3, tenant);
			insert.setString(4, template);
			insert.executeUpdate();
		}
		long id = userId(connection, tenant, username);
		try (PreparedStatement roles = connection.prepareStatement(COPY_ROLES)) {
			roles.setLong(1, id);
			roles.setLong(2, tenant);
			roles.setLong(3, templateId);
			roles.executeUpdate();
		}
		return id;
	}

	private static String person(Random random) {
		return "" + SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN.charAt(random.nextInt(GIVEN.length()))
				+ (random.nextBoolean() ? "" : GIVEN.charAt(random.nextInt(GIVEN.length())));
	}
}
