package org.hutong.identity.audit;

import java.time.LocalDate;
import java.util.List;

import org.hutong.identity.AuditAction;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.HtmxFragment;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 审计日志 for tenant admins: filter by action, actor and days; newest first, loaded in pages. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 30;

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id"));

	private final AuditEntryRepository entries;

	AuditController(AuditEntryRepository entries) {
		this.entries = entries;
	}

	@GetMapping("/admin/audit")
	@HtmxFragment("rows")
	@Transactional(readOnly = true)
	String list(@RequestParam(required = false) AuditAction action, @RequestParam(required = false) String actor,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		AuditQuery query = new AuditQuery(action, actor, from, to, before);
		AuditEntry cursor = before == null ? null : entries.findById(before).orElse(null);
		List<AuditEntry> page = entries.findBy(query.toSpecification(EnterpriseZone.DEFAULT, cursor),
				q -> q.sortBy(NEWEST_FIRST).limit(PAGE_SIZE + 1).all());
		boolean more = page.size() > PAGE_SIZE;
		List<AuditEntry> shown = more ? page.subList(0, PAGE_SIZE) : page;
		model.addAttribute("query", query);
		model.addAttribute("entries", shown);
		model.addAttribute("nextBefore", more ? shown.get(shown.size() - 1).getId() : null);
		model.addAttribute("actions", AuditAction.values());
		return "identity/audit/list";
	}

}
