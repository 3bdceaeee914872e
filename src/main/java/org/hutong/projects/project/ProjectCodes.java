package org.hutong.projects.project;

import java.time.Clock;
import java.time.LocalDate;

import org.hutong.tenancy.DailyNumbers;
import org.hutong.web.EnterpriseZone;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Project codes by the enterprise's rule, counted in the database under a row lock like every document
 * number (two nodes never hand out the same); the unique code per enterprise stays the last guard.
 */
@Service
@Transactional
public class ProjectCodes {

	private final DailyNumbers numbers;

	private final ProjectPolicyRepository policies;

	private final Clock clock;

	ProjectCodes(DailyNumbers numbers, ProjectPolicyRepository policies, Clock clock) {
		this.numbers = numbers;
		this.policies = policies;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public CodeRule rule() {
		return policies.findFirstByOrderByIdAsc().map(ProjectPolicy::rule).orElse(CodeRule.DEFAULT);
	}

	String next() {
		CodeRule rule = rule();
		LocalDate day = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		return rule.format(day, numbers.nextValue(rule.counter(), day.withDayOfYear(1)));
	}

	/** Saves the rule; refusals go on {@code codePrefix} or {@code codeDigits}. */
	@PreAuthorize(ProjectPermissions.MAY_SETTLE)
	public void change(String prefix, Integer digits, Errors errors) {
		String typed = prefix == null ? "" : prefix.strip();
		if (!CodeRule.PREFIX.matcher(typed).matches()) {
			errors.rejectValue("codePrefix", "project.code.prefix.invalid");
		}
		if (digits == null || digits < CodeRule.MIN_DIGITS || digits > CodeRule.MAX_DIGITS) {
			errors.rejectValue("codeDigits", "project.code.digits.invalid",
					new Object[] { CodeRule.MIN_DIGITS, CodeRule.MAX_DIGITS }, null);
		}
		if (errors.hasErrors()) {
			return;
		}
		CodeRule rule = new CodeRule(typed.toUpperCase(java.util.Locale.ROOT), digits);
		policies.findFirstByOrderByIdAsc().ifPresentOrElse(p -> p.change(rule, clock.instant()),
				() -> policies.save(new ProjectPolicy(rule, clock.instant())));
	}
}
