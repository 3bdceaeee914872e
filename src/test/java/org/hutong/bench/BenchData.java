package org.hutong.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

import org.hutong.customers.customer.CustomerStatus;
import org.hutong.customers.followup.FollowUpType;
import org.hutong.customers.naming.CompanyNames;
import org.hutong.shared.Pinyin;
import org.hutong.customers.region.Regions;

/**
 * Fills one tenant of a stopped Hutong database (H2 file or PostgreSQL) with benchmark customers and
 * follow-ups, straight through JDBC batches. Names and their search keys are computed with the app's
 * own {@link CompanyNames}, {@link Pinyin} and {@code SearchKeys} (rows of the search index too, ADR
 * 0017); each customer's last / next follow-up matches its
 * follow-ups. Run by {@code bench/generate.sh}; see docs/BENCHMARKS.md.
 * <p>
 * Options: {@code --url}, {@code --user}, {@code --password} (JDBC), {@code --tenant} (code, default
 * demo), {@code --customers}, {@code --follow-ups}, {@code --owners} (default 50), {@code --template}
 * (user the owners copy, default sales), {@code --seed}, {@code --ids} (file to write a sample of
 * live customer ids to).
 */
public final class BenchData {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final int BATCH = 1000;

	private static final int SAMPLE = 10_000;

	private static final int COMMIT_EVERY = 20;

	private static final Duration SPAN = Duration.ofDays(3 * 365);

	/** Share of customers in the public pool, soft-deleted, and with a credit code. */
	private static final double POOL = 0.06;

	private static final double DELETED = 0.01;

	private static final double WITH_CODE = 0.7;

	private static final String[] TOPICS = { "电话沟通变电站改造项目需求", "上门拜访设备部，介绍新款环网柜", "微信发送产品资料和报价单",
			"参加客户技术交流会", "跟进招标进度，对方预计下月挂网", "客户反馈样品测试结果良好", "商务谈判付款方式", "陪同客户参观工厂",
			"电话确认交货期和安装安排", "回访售后服务满意度" };

	private final BenchOptions options;

	private final Random random;

	private final BenchCompanies companies;

	private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	BenchData(BenchOptions options) {
		this.options = options;
		this.random = new Random(options.seed());
		this.companies = new BenchCompanies(new Regions(), random);
	}

	public static void main(String[] args) throws SQLException {
		BenchOptions options = BenchOptions.parse(args);
		long started = System.nanoTime();
		try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
			connection.setAutoCommit(false);
			new BenchData(options).fill(connection);
		}
		System.out.printf("generated %d customers and %d follow-ups in %.1f s%n", options.customers(),
				options.followUps(), (System.nanoTime() - started) / 1e9);
	}

	void fill(Connection connection) throws SQLException {
		long tenant = tenantId(connection);
		Long admin = BenchOwners.userId(connection, tenant, "admin");
		long[] owners = BenchOwners.ensure(connection, tenant, options.owners(), options.template(), random);
		long customerId = nextId(connection, "customers_customer");
		long followUpId = nextId(connection, "customers_follow_up");
		int[] followUps = followUpCounts();
		try (BenchRows rows = new BenchRows(connection, tenant)) {
			for (int i = 0; i < options.customers(); i++) {
				Long owner = random.nextDouble() < POOL ? null : owners[random.nextInt(owners.length)];
				long author = owner != null ? owner : owners[random.nextInt(owners.length)];
				List<BenchRows.FollowUpRow> timeline = new ArrayList<>();
				Instant created = now.minusSeconds((long) (random.nextDouble() * SPAN.toSeconds()));
				for (int f = 0; f < followUps[i]; f++) {
					timeline.add(followUp(followUpId++, customerId, created, author));
				}
				rows.add(customer(customerId++, owner, admin == null ? author : admin, created, timeline));
				timeline.forEach(rethrowing(rows));
				if ((i + 1) % BATCH == 0) {
					rows.flush((i + 1) % (BATCH * COMMIT_EVERY) == 0);
					progress(i + 1);
				}
			}
			rows.flush(true);
		}
		restartIdentity(connection, "customers_customer", customerId);
		restartIdentity(connection, "customers_follow_up", followUpId);
		analyse(connection);
		if (options.ids() != null) {
			writeSample(connection, tenant, Path.of(options.ids()));
		}
	}

	/** Up to about {@code SAMPLE} ids of the tenant's live customers, one a line, for the customer-page workload. */
	private static void writeSample(Connection connection, long tenant, Path file) throws SQLException {
		String sql = "SELECT id FROM customers_customer WHERE tenant_id = ? AND deleted_at IS NULL AND MOD(id, ?) = 0";
		List<String> ids = new ArrayList<>();
		try (PreparedStatement sample = connection.prepareStatement(sql)) {
			sample.setLong(1, tenant);
			sample.setLong(2, Math.max(1, count(connection, tenant) / SAMPLE));
			try (ResultSet rows = sample.executeQuery()) {
				while (rows.next()) {
					ids.add(Long.toString(rows.getLong(1)));
				}
			}
		}
		try {
			Files.write(file, ids);
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	private static long count(Connection connection, long tenant) throws SQLException {
		try (PreparedStatement count = connection
			.prepareStatement("SELECT COUNT(*) FROM customers_customer WHERE tenant_id = ?")) {
			count.setLong(1, tenant);
			try (ResultSet row = count.executeQuery()) {
				row.next();
				return row.getLong(1);
			}
		}
	}

	/** How many follow-ups each customer gets: one in five lands on the busiest 5 %, the rest anywhere. */
	private int[] followUpCounts() {
		int[] counts = new int[options.customers()];
		int busy = Math.max(1, options.customers() / 20);
		for (long f = 0; f < options.followUps() && counts.length > 0; f++) {
			counts[random.nextInt(5) == 0 ? random.nextInt(busy) * 20 % counts.length : random.nextInt(counts.length)]++;
		}
		return counts;
	}

	private BenchRows.CustomerRow customer(long id, Long owner, long createdBy, Instant created,
			List<BenchRows.FollowUpRow> timeline) {
		BenchCompanies.Company company = companies.next();
		timeline.sort((a, b) -> a.occurred().compareTo(b.occurred()));
		BenchRows.FollowUpRow last = timeline.isEmpty() ? null : timeline.get(timeline.size() - 1);
		Instant updated = created.plusSeconds((long) (Math.sqrt(random.nextDouble()) * seconds(created, now)));
		String division = company.county() != null ? company.county() : company.city();
		String code = random.nextDouble() < WITH_CODE ? BenchCreditCodes.of(division, id) : null;
		String place = company.name().substring(0, 2);
		return new BenchRows.CustomerRow(id, company, code, pick(LEVELS),
				pick(SOURCES), pick(CustomerStatus.values()).name(),
				place + "工业路" + (1 + random.nextInt(300)) + "号", random.nextBoolean() ? phone() : null, owner,
				CompanyNames.normalise(company.name()), Pinyin.full(company.name()), Pinyin.initials(company.name()),
				last == null ? null : last.occurred(), last == null ? null : last.next(), created, updated, createdBy,
				random.nextDouble() < DELETED ? updated : null);
	}

	private BenchRows.FollowUpRow followUp(long id, long customer, Instant created, long author) {
		Instant occurred = created.plusSeconds((long) (random.nextDouble() * seconds(created, now)));
		LocalDate next = random.nextInt(5) < 2 ? occurred.atZone(ZONE).toLocalDate().plusDays(1 + random.nextInt(30))
				: null;
		return new BenchRows.FollowUpRow(id, customer, pick(FollowUpType.values()).name(),
				TOPICS[random.nextInt(TOPICS.length)], occurred, next, author);
	}

	private String phone() {
		return String.format("0371-%08d", random.nextInt(100_000_000));
	}

	/** The option codes every enterprise starts with (V10), as the generated customers carry them. */
	private static final String[] LEVELS = { "KEY", "MAJOR", "NORMAL", "MINOR" };

	private static final String[] SOURCES = { "REFERRAL", "EXHIBITION", "WEBSITE", "BIDDING", "COLD_CALL", "EXISTING", "OTHER" };

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private static long seconds(Instant from, Instant to) {
		return Math.max(0, Duration.between(from, to).toSeconds());
	}

	private static Consumer<BenchRows.FollowUpRow> rethrowing(BenchRows rows) {
		return row -> {
			try {
				rows.add(row);
			}
			catch (SQLException failed) {
				throw new IllegalStateException(failed);
			}
		};
	}

	private static void progress(int customers) {
		if (customers % 100_000 == 0) {
			System.out.printf("  %,d customers written%n", customers);
		}
	}

	private long tenantId(Connection connection) throws SQLException {
		try (PreparedStatement find = connection.prepareStatement("SELECT id FROM tenancy_tenant WHERE code = ?")) {
			find.setString(1, options.tenant());
			try (ResultSet row = find.executeQuery()) {
				if (!row.next()) {
					throw new IllegalArgumentException("no tenant '" + options.tenant() + "': start the app once first");
				}
				return row.getLong(1);
			}
		}
	}

	private static long nextId(Connection connection, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM " + table)) {
			row.next();
			return row.getLong(1);
		}
	}

	/** Rows were inserted with explicit ids: the identity continues after them. */
	private static void restartIdentity(Connection connection, String table, long next) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
		}
		connection.commit();
	}

	/** Fresh planner statistics, as after a real import. */
	private static void analyse(Connection connection) throws SQLException {
		boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			if (postgres) {
				for (String table : Arrays.asList("customers_customer", "customers_search_key", "customers_follow_up",
						"identity_user")) {
					statement.execute("VACUUM ANALYZE " + table);
				}
			}
			else {
				statement.execute("ANALYZE");
			}
		}
	}
}
