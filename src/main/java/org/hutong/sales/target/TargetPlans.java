package org.hutong.sales.target;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hutong.identity.DataScopes;
import org.hutong.identity.OrgChart;
import org.hutong.identity.OrgChart.Member;
import org.hutong.identity.OrgChart.Unit;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The targets grid: the people the viewer's data scope shows, by department, with their monthly
 * targets for a quarter, and each department's own target or, without one, the sum of its people's.
 * Saving takes every cell at once: a bad one is refused by its cell and nothing is saved; a blank
 * one removes the target.
 */
@Service
@Transactional
public class TargetPlans {

	/** A cell's name in the form: {@code USER-12-10} is person 12's target for October. */
	static final Pattern CELL = Pattern.compile("(USER|DEPARTMENT)-(\\d{1,18})-(\\d{1,2})");

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,14}(\\.\\d{1,2})?");

	private final TargetRepository targets;

	private final DataScopes scopes;

	private final OrgChart org;

	private final Clock clock;

	TargetPlans(TargetRepository targets, DataScopes scopes, OrgChart org, Clock clock) {
		this.targets = targets;
		this.scopes = scopes;
		this.org = org;
		this.clock = clock;
	}

	/** A row of the grid: a department (with its people's sum) or a person, and a month's amounts. */
	public record Row(TargetSubject kind, long id, String name, Map<Integer, BigDecimal> months,
			Map<Integer, BigDecimal> sumOfPeople) {

		public String cell(int month) {
			return kind + "-" + id + "-" + month;
		}

		public BigDecimal total() {
			return months.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		}
	}

	/** The grid of one quarter's months. */
	public record Plan(Period quarter, TargetMetric metric, List<Integer> months, List<Row> rows) {
	}

	@Transactional(readOnly = true)
	@PreAuthorize(TargetPermissions.MAY_WRITE)
	public Plan plan(SignedInUser user, Period quarter, TargetMetric metric) {
		VisibleOwners visible = scopes.of(user);
		List<Member> people = org.membersVisibleTo(visible);
		Map<String, BigDecimal> set = new HashMap<>();
		targets.findByMetricAndYear(metric, quarter.year())
			.forEach(t -> set.put(t.getSubjectKind() + "-" + t.getSubjectId() + "-" + t.getMonth(), t.getAmount()));
		List<Row> rows = new ArrayList<>();
		for (Unit unit : departmentsOf(org, people)) {
			Set<Long> inUnit = org.peopleIn(unit.id());
			List<Member> members = people.stream().filter(p -> inUnit.contains(p.id())).toList();
			Map<Integer, BigDecimal> sums = new LinkedHashMap<>();
			quarter.months().forEach(m -> sums.put(m, members.stream()
				.map(p -> set.getOrDefault("USER-" + p.id() + "-" + m, BigDecimal.ZERO))
				.reduce(BigDecimal.ZERO, BigDecimal::add)));
			rows.add(new Row(TargetSubject.DEPARTMENT, unit.id(), unit.name(), months(set, "DEPARTMENT-" + unit.id(), quarter),
					sums));
			members.stream().filter(p -> unit.id() == (p.departmentId() == null ? -1 : p.departmentId()))
				.forEach(p -> rows.add(new Row(TargetSubject.USER, p.id(), p.displayName(),
						months(set, "USER-" + p.id(), quarter), Map.of())));
		}
		people.stream().filter(p -> p.departmentId() == null)
			.forEach(p -> rows.add(new Row(TargetSubject.USER, p.id(), p.displayName(), months(set, "USER-" + p.id(), quarter),
					Map.of())));
		return new Plan(quarter, metric, quarter.months(), rows);
	}

	/**
	 * Every typed cell of the year's months, as {@code USER-12-10 → "50000"}. Answers the refusals by
	 * cell (nothing saved then), empty when all were saved.
	 */
	@PreAuthorize(TargetPermissions.MAY_WRITE)
	public Map<String, String> save(SignedInUser user, int year, TargetMetric metric, Map<String, String> typed) {
		VisibleOwners visible = scopes.of(user);
		Set<Long> units = Set.copyOf(departmentsOf(org, org.membersVisibleTo(visible)).stream().map(Unit::id).toList());
		Map<String, String> refused = new LinkedHashMap<>();
		if (year < 2000 || year > 2100) {
			refused.put("year", "target.year.invalid");
			return refused;
		}
		Map<Target, BigDecimal> wanted = new LinkedHashMap<>();
		List<Target> removed = new ArrayList<>();
		typed.forEach((name, value) -> {
			Matcher cell = CELL.matcher(name);
			if (!cell.matches()) {
				return;
			}
			TargetSubject kind = TargetSubject.valueOf(cell.group(1));
			long id = Long.parseLong(cell.group(2));
			int month = Integer.parseInt(cell.group(3));
			boolean mine = kind == TargetSubject.USER ? visible.includes(id) : units.contains(id);
			if (!mine || month < 1 || month > 12) {
				refused.put(name, "target.cell.unknown");
				return;
			}
			String text = value == null ? "" : value.strip().replace(",", "");
			Target target = targets.findBySubjectKindAndSubjectIdAndMetricAndYearAndMonth(kind, id, metric, year, month)
				.orElseGet(() -> new Target(kind, id, metric, year, month));
			if (text.isEmpty()) {
				if (target.getId() != null) {
					removed.add(target);
				}
			}
			else if (!AMOUNT.matcher(text).matches()) {
				refused.put(name, "target.amount.invalid");
			}
			else {
				wanted.put(target, new BigDecimal(text));
			}
		});
		if (!refused.isEmpty()) {
			return refused;
		}
		wanted.forEach((target, amount) -> {
			target.set(amount, user.userId(), clock.instant());
			targets.save(target);
		});
		targets.deleteAll(removed);
		return Map.of();
	}

	/** The departments with at least one of these people, in tree order. */
	static List<Unit> departmentsOf(OrgChart org, List<Member> people) {
		Set<Long> held = new java.util.HashSet<>();
		people.forEach(p -> {
			if (p.departmentId() != null) {
				held.add(p.departmentId());
			}
		});
		return org.units().stream().filter(unit -> held.contains(unit.id())).toList();
	}

	private static Map<Integer, BigDecimal> months(Map<String, BigDecimal> set, String prefix, Period quarter) {
		Map<Integer, BigDecimal> months = new LinkedHashMap<>();
		quarter.months().forEach(m -> {
			BigDecimal amount = set.get(prefix + "-" + m);
			if (amount != null) {
				months.put(m, amount);
			}
		});
		return months;
	}
}
