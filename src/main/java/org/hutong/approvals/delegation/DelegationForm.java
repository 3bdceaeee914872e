package org.hutong.approvals.delegation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** 设置委托: to whom and which days; the reason is shown to the delegate and in the audit log. */
record DelegationForm(@NotNull Long delegateId, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn, @Size(max = 200) String reason) {

	/** From today to the coming Friday (on a weekend, the next week's): what most absences ask for. */
	static DelegationForm startingOn(LocalDate today) {
		return new DelegationForm(null, today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY)), null);
	}

	Delegations.Request request() {
		return new Delegations.Request(delegateId, startsOn, endsOn, reason);
	}
}
