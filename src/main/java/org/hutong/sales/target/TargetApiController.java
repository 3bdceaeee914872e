package org.hutong.sales.target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/targets} (attainment and ranking of {@code period}: {@code 2026-12}, {@code 2026-Q4}
 * or {@code 2026}; {@code PUT} sets monthly targets, each {@code null} amount removing one) and
 * {@code /api/v1/forecast?quarter=2026-Q4}. A bad cell answers 400 problem+json naming it.
 */
@RestController
@RequestMapping("/api/v1")
class TargetApiController {

	private final SalesFigures figures;

	private final TargetPlans plans;

	TargetApiController(SalesFigures figures, TargetPlans plans) {
		this.figures = figures;
		this.plans = plans;
	}

	/** Monthly targets to set in one year. */
	record Targets(@NotNull Integer year, TargetMetric metric, @Valid List<Cell> targets) {
	}

	record Cell(@NotNull TargetSubject subject, @NotNull Long subjectId, @NotNull Integer month, BigDecimal amount) {
	}

	@GetMapping("/targets")
	@PreAuthorize(TargetPermissions.MAY_READ)
	SalesFigures.Ranking ranking(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String period,
			@RequestParam(required = false) TargetMetric metric) {
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		return figures.ranking(me, Period.parse(period).orElse(Period.month(today.getYear(), today.getMonthValue())),
				metric == null ? TargetMetric.SIGNED : metric);
	}

	@PutMapping("/targets")
	@PreAuthorize(TargetPermissions.MAY_WRITE)
	ResponseEntity<Void> set(@AuthenticationPrincipal SignedInUser me, @Valid @RequestBody Targets body)
			throws BindException {
		Map<String, String> typed = new LinkedHashMap<>();
		(body.targets() == null ? List.<Cell>of() : body.targets()).forEach(cell -> typed.put(
				cell.subject() + "-" + cell.subjectId() + "-" + cell.month(),
				cell.amount() == null ? "" : cell.amount().toPlainString()));
		Map<String, String> refused = plans.save(me, body.year(), body.metric() == null ? TargetMetric.SIGNED : body.metric(),
				typed);
		if (!refused.isEmpty()) {
			Map<String, Object> values = new LinkedHashMap<>(typed);
			values.put("year", body.year());
			MapBindingResult errors = new MapBindingResult(values, "targets");
			refused.forEach((cell, code) -> errors.rejectValue(cell, code));
			throw new BindException(errors);
		}
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/forecast")
	@PreAuthorize(TargetPermissions.MAY_READ)
	SalesFigures.Forecast forecast(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String quarter) {
		return figures.forecast(me, Period.parse(quarter).filter(p -> p.kind() == Period.Kind.QUARTER)
			.orElse(Period.quarterOf(LocalDate.now(EnterpriseZone.DEFAULT))));
	}
}
