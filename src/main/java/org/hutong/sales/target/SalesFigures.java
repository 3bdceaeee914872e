package org.hutong.sales.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.identity.DataScopes;
import org.hutong.identity.OrgChart;
import org.hutong.identity.OrgChart.Member;
import org.hutong.identity.OrgChart.Unit;
import org.hutong.identity.SignedInUser;
import org.hutong.identity.VisibleOwners;
import org.hutong.sales.opportunity.ForecastCategory;
import org.hutong.sales.opportunity.OpportunityFigures;
import org.hutong.sales.receipt.ReceiptFigures;
import org.hutong.sales.opportunity.OpportunityFigures.ForecastCell;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attainment, the 排行榜 and the forecast of a period, over the people the viewer's data scope
 * shows: targets summed over the period's months (a department without its own is held to its
 * people's), signed amounts from won deals, and the open pipeline by 预测分类, weighted by stage.
 * 回款 attainment reads the confirmed receipts of the period, in CNY at each contract's rate
 * ({@code ReceiptFigures}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(TargetPermissions.MAY_READ)
public class SalesFigures {

	private final TargetRepository targets;

	private final DataScopes scopes;

	private final OrgChart org;

	private final OpportunityFigures figures;

	private final ReceiptFigures receipts;

	SalesFigures(TargetRepository targets, DataScopes scopes, OrgChart org, OpportunityFigures figures,
			ReceiptFigures receipts) {
		this.targets = targets;
		this.scopes = scopes;
		this.org = org;
		this.figures = figures;
		this.receipts = receipts;
	}

	/** One person's or department's target, what they achieved, and the rate (percent, or {@code null} without a target). */
	public record Standing(long id, String name, String department, BigDecimal target, BigDecimal achieved) {

		public Integer rate() {
			if (achieved == null || target == null || target.signum() == 0) {
				return null;
			}
			return achieved.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
		}
	}

	public record Ranking(Period period, TargetMetric metric, List<Standing> people, List<Standing> departments,
			Standing total) {
	}

	public Ranking ranking(SignedInUser user, Period period, TargetMetric metric) {
		VisibleOwners visible = scopes.of(user);
		List<Member> people = org.membersVisibleTo(visible);
		Map<String, BigDecimal> set = targetsOf(metric, period);
		Map<Long, BigDecimal> achieved = metric == TargetMetric.SIGNED
				? figures.signedByOwner(visible, period.start(), period.end())
				: receipts.collectedByOwner(visible, period.start(), period.end());
		Map<Long, String> units = new HashMap<>();
		org.units().forEach(unit -> units.put(unit.id(), unit.name()));
		List<Standing> standings = new ArrayList<>(people.stream()
			.map(p -> new Standing(p.id(), p.displayName(), p.departmentId() == null ? null : units.get(p.departmentId()),
					set.get("USER-" + p.id()), achieved == null ? null : achieved.getOrDefault(p.id(), BigDecimal.ZERO)))
			.toList());
		standings.sort(Comparator.comparing((Standing s) -> s.achieved() == null ? BigDecimal.ZERO : s.achieved()).reversed()
			.thenComparing(s -> s.target() == null ? BigDecimal.ZERO : s.target(), Comparator.reverseOrder()));
		List<Standing> departments = new ArrayList<>();
		for (Unit unit : TargetPlans.departmentsOf(org, people)) {
			Set<Long> inUnit = org.peopleIn(unit.id());
			List<Standing> members = standings.stream().filter(s -> inUnit.contains(s.id())).toList();
			BigDecimal own = set.get("DEPARTMENT-" + unit.id());
			departments.add(new Standing(unit.id(), unit.name(), null, own != null ? own : sum(members, Standing::target),
					achieved == null ? null : sum(members, Standing::achieved)));
		}
		Standing total = new Standing(0, null, null, sum(standings, Standing::target),
				achieved == null ? null : sum(standings, Standing::achieved));
		return new Ranking(period, metric, standings, departments, total);
	}

	/** A month of the forecast, or a person's quarter: target, signed, and the open pipeline by category. */
	public record Outlook(String label, long id, BigDecimal target, BigDecimal signed, BigDecimal commit,
			BigDecimal bestCase, BigDecimal pipeline, BigDecimal weighted) {

		/** Signed plus committed: what the month or person should end at. */
		public BigDecimal expected() {
			return signed.add(commit);
		}

		/** How much of the target signed and committed deals cover, in percent, or {@code null} without a target. */
		public Integer coverage() {
			return target == null || target.signum() == 0 ? null
					: expected().multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP).intValue();
		}
	}

	public record Forecast(Period quarter, List<Outlook> months, List<Outlook> people, Outlook total) {
	}

	public Forecast forecast(SignedInUser user, Period quarter) {
		VisibleOwners visible = scopes.of(user);
		List<Member> people = org.membersVisibleTo(visible);
		List<ForecastCell> cells = figures.forecast(visible, quarter.first(), quarter.last());
		List<Outlook> months = new ArrayList<>();
		Map<Long, BigDecimal> signedInQuarter = new HashMap<>();
		for (int month : quarter.months()) {
			Period one = Period.month(quarter.year(), month);
			Map<String, BigDecimal> set = targetsOf(TargetMetric.SIGNED, one);
			Map<Long, BigDecimal> signed = figures.signedByOwner(visible, one.start(), one.end());
			signed.forEach((owner, amount) -> signedInQuarter.merge(owner, amount, BigDecimal::add));
			List<ForecastCell> inMonth = cells.stream().filter(c -> c.month() == month).toList();
			months.add(outlook(one.text(), month, people.stream().map(p -> set.get("USER-" + p.id()))
				.filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null),
					signed.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), inMonth));
		}
		Map<String, BigDecimal> quarterTargets = targetsOf(TargetMetric.SIGNED, quarter);
		List<Outlook> rows = people.stream()
			.map(p -> outlook(p.displayName(), p.id(), quarterTargets.get("USER-" + p.id()),
					signedInQuarter.getOrDefault(p.id(), BigDecimal.ZERO),
					cells.stream().filter(c -> c.ownerId() == p.id()).toList()))
			.filter(o -> o.target() != null || o.signed().signum() > 0 || o.pipeline().signum() > 0)
			.sorted(Comparator.comparing(Outlook::expected).reversed())
			.toList();
		Outlook total = new Outlook(quarter.text(), 0, months.stream().map(Outlook::target).filter(java.util.Objects::nonNull)
			.reduce(BigDecimal::add).orElse(null), sumOf(months, Outlook::signed), sumOf(months, Outlook::commit),
				sumOf(months, Outlook::bestCase), sumOf(months, Outlook::pipeline), sumOf(months, Outlook::weighted));
		return new Forecast(quarter, months, rows, total);
	}

	private static Outlook outlook(String label, long id, BigDecimal target, BigDecimal signed, List<ForecastCell> cells) {
		return new Outlook(label, id, target, signed, amount(cells, ForecastCategory.COMMIT),
				amount(cells, ForecastCategory.BEST_CASE), amount(cells, ForecastCategory.PIPELINE),
				cells.stream().filter(c -> c.category() != ForecastCategory.OMITTED).map(ForecastCell::weighted)
					.reduce(BigDecimal.ZERO, BigDecimal::add));
	}

	private static BigDecimal amount(List<ForecastCell> cells, ForecastCategory category) {
		return cells.stream().filter(c -> c.category() == category).map(ForecastCell::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Each subject's target summed over the period's months: {@code USER-12 → 1 800 000}. */
	private Map<String, BigDecimal> targetsOf(TargetMetric metric, Period period) {
		Map<String, BigDecimal> sums = new HashMap<>();
		targets.findByMetricAndYear(metric, period.year()).stream()
			.filter(t -> period.months().contains(t.getMonth()))
			.forEach(t -> sums.merge(t.getSubjectKind() + "-" + t.getSubjectId(), t.getAmount(), BigDecimal::add));
		return sums;
	}

	private static BigDecimal sum(List<Standing> rows, java.util.function.Function<Standing, BigDecimal> value) {
		return rows.stream().map(value).filter(java.util.Objects::nonNull).reduce(BigDecimal::add).orElse(null);
	}

	private static BigDecimal sumOf(List<Outlook> rows, java.util.function.Function<Outlook, BigDecimal> value) {
		return rows.stream().map(value).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
	}
}
