package org.hutong.sales.target;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.hutong.identity.SignedInUser;
import org.hutong.web.EnterpriseZone;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 销售目标与预测 pages: attainment and the 排行榜 of a month, quarter or year; the targets grid of a
 * quarter (phone-friendly: three months per screen); the forecast of a quarter against its target.
 * A period that does not parse is the current one.
 */
@Controller
@RequestMapping("/sales")
class TargetController {

	private final SalesFigures figures;

	private final TargetPlans plans;

	TargetController(SalesFigures figures, TargetPlans plans) {
		this.figures = figures;
		this.plans = plans;
	}

	@GetMapping("/targets")
	@PreAuthorize(TargetPermissions.MAY_READ)
	String ranking(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String period,
			@RequestParam(required = false) TargetMetric metric, Model model) {
		Period shown = Period.parse(period).orElseGet(() -> thisMonth());
		model.addAttribute("ranking", figures.ranking(me, shown, metric == null ? TargetMetric.SIGNED : metric));
		return "sales/target/ranking";
	}

	@GetMapping("/targets/plan")
	@PreAuthorize(TargetPermissions.MAY_WRITE)
	String plan(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) TargetMetric metric, Model model) {
		return page(me, quarterOf(quarter), metric == null ? TargetMetric.SIGNED : metric, Map.of(), Map.of(), model);
	}

	@PostMapping("/targets/plan")
	@PreAuthorize(TargetPermissions.MAY_WRITE)
	String save(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String quarter,
			@RequestParam(required = false) TargetMetric metric, @RequestParam Map<String, String> cells, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Period shown = quarterOf(quarter);
		TargetMetric counted = metric == null ? TargetMetric.SIGNED : metric;
		Map<String, String> typed = new java.util.LinkedHashMap<>(cells);
		typed.keySet().removeIf(name -> !TargetPlans.CELL.matcher(name).matches());
		Map<String, String> refused = plans.save(me, shown.year(), counted, typed);
		if (!refused.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			return page(me, shown, counted, typed, refused, model);
		}
		redirect.addFlashAttribute("notice", "target.saved");
		return "redirect:/sales/targets/plan?quarter=" + shown.text() + "&metric=" + counted;
	}

	@GetMapping("/forecast")
	@PreAuthorize(TargetPermissions.MAY_READ)
	String forecast(@AuthenticationPrincipal SignedInUser me, @RequestParam(required = false) String quarter,
			Model model) {
		model.addAttribute("forecast", figures.forecast(me, quarterOf(quarter)));
		return "sales/target/forecast";
	}

	private String page(SignedInUser me, Period quarter, TargetMetric metric, Map<String, String> typed,
			Map<String, String> refused, Model model) {
		model.addAttribute("plan", plans.plan(me, quarter, metric));
		model.addAttribute("typed", typed);
		model.addAttribute("refused", refused);
		return "sales/target/plan";
	}

	private static Period quarterOf(String text) {
		return Period.parse(text).filter(p -> p.kind() == Period.Kind.QUARTER)
			.orElseGet(() -> Period.quarterOf(LocalDate.now(EnterpriseZone.DEFAULT)));
	}

	private static Period thisMonth() {
		LocalDate today = LocalDate.now(EnterpriseZone.DEFAULT);
		return Period.month(today.getYear(), today.getMonthValue());
	}
}
