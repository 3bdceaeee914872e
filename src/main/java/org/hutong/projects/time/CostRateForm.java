package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A rate as set: whose, from which day, yuan per hour. */
public record CostRateForm(Long userId, LocalDate effectiveFrom, BigDecimal rate) {
}
