package org.hutong.sales.receivable;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hutong.customers.CustomerDirectory;
import org.hutong.identity.Colleagues;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 应收账龄 from the receivable sums the terms keep (ADR 0040): the owed amounts per 负责人 and due day
 * re-bucketed by today — a grouped query over a few rows per owner and day, within the reader's data
 * scope and filters, never over every owed term. By 负责人 the database ranks the owners (most overdue,
 * then most owed) and answers the largest {@code limit}; by department the owners' groups are added up
 * by each owner's department. By customer the customer sums rank the customers (most owed first) and
 * only the page shown reads its terms, through the customer index; one customer's ageing reads its
 * terms alone. Only the groups shown are named.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ReceivableAgeing {

	/** Groups a page names; the rest are summed as 其他. */
	public static final int PAGE_GROUPS = 100;

	/** Groups an export names. */
	public static final int EXPORT_GROUPS = 5000;

	/** Where the buckets are summed from: a table as {@code t}, how its rows count terms (of a condition), and its condition. */
	private record Source(String table, String count, String where) {

		static Source days(ReceivableQuery query) {
			return new Source("sales_receivable_day", "COALESCE(SUM(t.terms) FILTER (WHERE %s), 0)", query.keptWhere());
		}

		static Source terms(ReceivableQuery query) {
			return new Source("sales_contract_term", "COUNT(*) FILTER (WHERE %s)", query.where());
		}
	}

	private final TenantJdbc jdbc;

	private final ReceivableScope scope;

	private final CustomerDirectory customers;

	private final Colleagues colleagues;

	private final OrgChart org;

	ReceivableAgeing(TenantJdbc jdbc, ReceivableScope scope, CustomerDirectory customers, Colleagues colleagues,
			OrgChart org) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.customers = customers;
		this.colleagues = colleagues;
		this.org = org;
	}

	public AgeingView of(SignedInUser user, AgeingFilter filter, int limit) {
		LocalDate today = scope.today();
		ReceivableQuery query = scope.of(user, filter.customer(), filter.owner(), filter.dept());
		// the day sums know no customer: one customer's ageing reads that customer's terms
		Source source = filter.customer() == null ? Source.days(query) : Source.terms(query);
		String columns = columns(today, query, source.count());
		if (filter.groupBy() == AgeingFilter.GroupBy.DEPARTMENT) {
			Map<Long, List<AgeingView.Cell>> byOwner = new LinkedHashMap<>();
			query.bind(jdbc.sql("SELECT t.owner_id AS k%s FROM %s t WHERE %s GROUP BY t.owner_id"
				.formatted(columns, source.table(), source.where())))
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
					byOwner.put(rs.getLong("k"), cells(rs));
				});
			return page(filter, today, byDepartment(byOwner), limit);
		}
		AgeingView.Group total = query.bind(jdbc.sql("SELECT %s FROM %s t WHERE %s"
			.formatted(columns.substring(2), source.table(), source.where())))
			.query((rs, n) -> new AgeingView.Group(null, null, cells(rs)))
			.single();
		List<AgeingView.Group> shown = filter.groupBy() == AgeingFilter.GroupBy.OWNER || filter.customer() != null
				? largest(filter.groupBy(), source, query, columns, limit) : mostOwing(query, today, limit);
		AgeingView.Group others = total;
		for (AgeingView.Group group : shown) {
			others = others.minus(group);
		}
		return new AgeingView(filter, today, named(filter.groupBy(), shown), others.count() == 0 ? null : others, total);
	}

	/**
	 * Each bucket's sum and count as columns {@code a0 n0 a1 n1 …}, each row added to its own bucket only
	 * ({@code FILTER}, not as a zero to the five others); {@code count} counts the terms of the rows that
	 * meet its {@code %s}.
	 */
	private static String columns(LocalDate today, ReceivableQuery query, String count) {
		StringBuilder columns = new StringBuilder();
		for (AgeBucket bucket : AgeBucket.values()) {
			String in = within(bucket, today, query);
			columns.append(", COALESCE(SUM(t.owed_cny) FILTER (WHERE ").append(in).append("), 0) AS a").append(bucket.ordinal())
				.append(", ").append(count.formatted(in)).append(" AS n").append(bucket.ordinal());
		}
		return columns.toString();
	}

	/**
	 * The groups ranked by the database (most overdue first, then most owed), the first {@code limit}
	 * of them: an enterprise of many owners sends a page of rows, not one per owner.
	 */
	private List<AgeingView.Group> largest(AgeingFilter.GroupBy groupBy, Source source, ReceivableQuery query,
			String columns, int limit) {
		String key = groupBy == AgeingFilter.GroupBy.CUSTOMER ? "t.customer_id" : "t.owner_id";
		List<AgeingView.Group> shown = new ArrayList<>();
		query.param("limit", limit);
		query.bind(jdbc.sql("""
				WITH g AS (SELECT %s AS k%s FROM %s t WHERE %s GROUP BY %s)
				SELECT * FROM g ORDER BY a1 + a2 + a3 + a4 + a5 DESC, a0 + a1 + a2 + a3 + a4 + a5 DESC, k LIMIT :limit"""
			.formatted(key, columns, source.table(), source.where(), key)))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				shown.add(new AgeingView.Group(rs.getLong("k"), null, cells(rs)));
			});
		return shown;
	}

	/**
	 * By customer: the customers owing most within the scope, ranked on the customer sums (one row per
	 * customer and 负责人), and the buckets of those shown from their own terms — a page of customers'
	 * terms through the customer index, not every owed term of the enterprise.
	 */
	private List<AgeingView.Group> mostOwing(ReceivableQuery query, LocalDate today, int limit) {
		String columns = columns(today, query, "COUNT(t.id) FILTER (WHERE %s)");
		query.param("limit", limit);
		List<AgeingView.Group> shown = new ArrayList<>();
		query.bind(jdbc.sql("""
				WITH c AS (SELECT t.customer_id AS k, SUM(t.owed_cny) AS owed FROM sales_receivable_customer t WHERE %s
				  GROUP BY t.customer_id ORDER BY owed DESC, k LIMIT :limit)
				SELECT c.k, c.owed%s FROM c LEFT JOIN sales_contract_term t ON t.customer_id = c.k AND %s
				GROUP BY c.k, c.owed ORDER BY c.owed DESC, c.k"""
			.formatted(query.keptWhere(), columns, query.where())))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				shown.add(new AgeingView.Group(rs.getLong("k"), null, cells(rs)));
			});
		return shown;
	}

	/** The bucket's condition on owed_on, its day bounds bound as parameters. */
	private static String within(AgeBucket bucket, LocalDate today, ReceivableQuery query) {
		List<String> parts = new ArrayList<>();
		if (bucket.dueFrom(today) != null) {
			parts.add("t.owed_on >= :from" + bucket.ordinal());
			query.param("from" + bucket.ordinal(), bucket.dueFrom(today));
		}
		if (bucket.dueTo(today) != null) {
			parts.add("t.owed_on <= :to" + bucket.ordinal());
			query.param("to" + bucket.ordinal(), bucket.dueTo(today));
		}
		return String.join(" AND ", parts);
	}

	private static List<AgeingView.Cell> cells(ResultSet rs) throws SQLException {
		List<AgeingView.Cell> cells = new ArrayList<>();
		for (AgeBucket bucket : AgeBucket.values()) {
			BigDecimal amount = rs.getBigDecimal("a" + bucket.ordinal());
			cells.add(new AgeingView.Cell(amount == null ? BigDecimal.ZERO.setScale(2) : amount.setScale(2),
					rs.getLong("n" + bucket.ordinal())));
		}
		return List.copyOf(cells);
	}

	/**
	 * The groups shown, with their customer's or 负责人's name: only these are looked up, so an ageing over
	 * a hundred thousand customers reads a page of names, not every one (nor more ids than a statement takes).
	 */
	private List<AgeingView.Group> named(AgeingFilter.GroupBy groupBy, List<AgeingView.Group> shown) {
		Set<Long> ids = shown.stream().map(AgeingView.Group::id).collect(Collectors.toSet());
		Map<Long, String> names = groupBy == AgeingFilter.GroupBy.CUSTOMER
				? customers.findAll(ids).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name()))
				: colleagues.names(ids);
		return shown.stream().map(g -> new AgeingView.Group(g.id(), names.getOrDefault(g.id(), "—"), g.cells())).toList();
	}

	/** Owners' groups added up by the owner's department; owners without one (or no longer active) together. */
	private List<AgeingView.Group> byDepartment(Map<Long, List<AgeingView.Cell>> byOwner) {
		Map<Long, OrgChart.Member> members = org.members(byOwner.keySet());
		Map<Long, String> names = org.units().stream().collect(Collectors.toMap(OrgChart.Unit::id, OrgChart.Unit::name));
		Map<Long, AgeingView.Group> byDept = new LinkedHashMap<>();
		AgeingView.Group none = null;
		for (var entry : byOwner.entrySet()) {
			OrgChart.Member member = members.get(entry.getKey());
			Long dept = member == null ? null : member.departmentId();
			AgeingView.Group group = new AgeingView.Group(dept, dept == null ? null : names.getOrDefault(dept, "—"),
					entry.getValue());
			if (dept == null) {
				none = none == null ? group : none.plus(group);
			}
			else {
				byDept.merge(dept, group, AgeingView.Group::plus);
			}
		}
		List<AgeingView.Group> groups = new ArrayList<>(byDept.values());
		if (none != null) {
			groups.add(none);
		}
		return groups;
	}

	/** The departments' groups, largest first: a page of them named, the rest summed as 其他. */
	private static AgeingView page(AgeingFilter filter, LocalDate today, List<AgeingView.Group> groups, int limit) {
		List<AgeingView.Group> sorted = new ArrayList<>(groups);
		sorted.sort(Comparator.comparing(AgeingView.Group::overdue).thenComparing(AgeingView.Group::amount).reversed());
		AgeingView.Group total = AgeingView.Group.empty(null, null);
		for (AgeingView.Group group : sorted) {
			total = total.plus(group);
		}
		List<AgeingView.Group> shown = sorted.subList(0, Math.min(limit, sorted.size()));
		AgeingView.Group others = null;
		for (AgeingView.Group rest : sorted.subList(shown.size(), sorted.size())) {
			others = others == null ? new AgeingView.Group(null, null, rest.cells()) : others.plus(rest);
		}
		return new AgeingView(filter, today, List.copyOf(shown), others, total);
	}
}
