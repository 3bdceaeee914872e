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
import org.hutong.customers.CustomerSummary;
import org.hutong.identity.Colleagues;
import org.hutong.identity.OrgChart;
import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.tenancy.TenantJdbc;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 应收账龄: one grouped query over the terms owed (their owed_on and owed_cny, kept by the contracts)
 * within the reader's data scope and filters — a sum and a count per bucket for each customer or
 * 负责人, of which the database answers the largest {@code limit}, and the sums over all of them. By
 * department, the owners' groups are added up by each owner's department (people, not contracts, so a
 * few hundred rows at most). Only the groups shown are named.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ReceivableAgeing {

	/** Groups a page names; the rest are summed as 其他. */
	public static final int PAGE_GROUPS = 100;

	/** Groups an export names. */
	public static final int EXPORT_GROUPS = 5000;

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
		StringBuilder columns = new StringBuilder();
		for (AgeBucket bucket : AgeBucket.values()) {
			String in = within(bucket, today, query);
			// FILTER: each term is added to its own bucket only, not as a zero to the five others
			columns.append(", COALESCE(SUM(t.owed_cny) FILTER (WHERE ").append(in).append("), 0) AS a").append(bucket.ordinal())
				.append(", COUNT(*) FILTER (WHERE ").append(in).append(") AS n").append(bucket.ordinal());
		}
		if (filter.groupBy() == AgeingFilter.GroupBy.DEPARTMENT) {
			Map<Long, List<AgeingView.Cell>> byOwner = new LinkedHashMap<>();
			query.bind(jdbc.sql("SELECT t.owner_id AS k%s FROM sales_contract_term t WHERE %s GROUP BY t.owner_id"
				.formatted(columns, query.where())))
				.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
					byOwner.put(rs.getLong("k"), cells(rs));
				});
			return page(filter, today, byDepartment(byOwner), limit);
		}
		return largest(filter, today, query, columns.toString(), limit);
	}

	/**
	 * By customer or 负责人, the database ranks the groups (most overdue first, then most owed) and answers
	 * the first {@code limit} of them, after one statement for the sums over all: an enterprise owed by
	 * a hundred thousand customers sends a page of rows, not one per customer. The others are the total
	 * less the groups shown.
	 */
	private AgeingView largest(AgeingFilter filter, LocalDate today, ReceivableQuery query, String columns, int limit) {
		String key = filter.groupBy() == AgeingFilter.GroupBy.CUSTOMER ? "t.customer_id" : "t.owner_id";
		AgeingView.Group total = query.bind(jdbc.sql("SELECT %s FROM sales_contract_term t WHERE %s"
			.formatted(columns.substring(2), query.where())))
			.query((rs, n) -> new AgeingView.Group(null, null, cells(rs)))
			.single();
		List<AgeingView.Group> shown = new ArrayList<>();
		query.param("limit", limit);
		query.bind(jdbc.sql("""
				WITH g AS (SELECT %s AS k%s FROM sales_contract_term t WHERE %s GROUP BY %s)
				SELECT * FROM g ORDER BY a1 + a2 + a3 + a4 + a5 DESC, a0 + a1 + a2 + a3 + a4 + a5 DESC, k LIMIT :limit"""
			.formatted(key, columns, query.where(), key)))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				shown.add(new AgeingView.Group(rs.getLong("k"), null, cells(rs)));
			});
		AgeingView.Group others = total;
		for (AgeingView.Group group : shown) {
			others = others.minus(group);
		}
		return new AgeingView(filter, today, named(filter.groupBy(), shown), others.count() == 0 ? null : others, total);
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
