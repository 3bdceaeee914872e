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
 * 负责人. By department, the owners' groups are added up by each owner's department (people, not
 * contracts, so a few hundred rows at most). The largest {@code limit} groups are named.
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
		String key = filter.groupBy() == AgeingFilter.GroupBy.CUSTOMER ? "t.customer_id" : "t.owner_id";
		StringBuilder columns = new StringBuilder();
		for (AgeBucket bucket : AgeBucket.values()) {
			String in = within(bucket, today, query);
			columns.append(", SUM(CASE WHEN ").append(in).append(" THEN t.owed_cny ELSE 0 END) AS a").append(bucket.ordinal())
				.append(", SUM(CASE WHEN ").append(in).append(" THEN 1 ELSE 0 END) AS n").append(bucket.ordinal());
		}
		Map<Long, List<AgeingView.Cell>> byKey = new LinkedHashMap<>();
		query.bind(jdbc.sql("SELECT %s AS k%s FROM sales_contract_term t WHERE %s GROUP BY %s"
			.formatted(key, columns, query.where(), key)))
			.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
				byKey.put(rs.getLong("k"), cells(rs));
			});
		List<AgeingView.Group> groups = switch (filter.groupBy()) {
			case CUSTOMER -> named(byKey, customers.findAll(byKey.keySet()).entrySet().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().name())));
			case OWNER -> named(byKey, colleagues.names(byKey.keySet()));
			case DEPARTMENT -> byDepartment(byKey);
		};
		return page(filter, today, groups, limit);
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

	private static List<AgeingView.Group> named(Map<Long, List<AgeingView.Cell>> byKey, Map<Long, String> names) {
		return byKey.entrySet().stream()
			.map(e -> new AgeingView.Group(e.getKey(), names.getOrDefault(e.getKey(), "—"), e.getValue()))
			.toList();
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
