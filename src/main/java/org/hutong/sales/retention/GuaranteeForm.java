package org.hutong.sales.retention;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * 质量保函 given instead of cash retention: the guarantee's number, the issuing bank, its amount, the
 * day it was issued (it reached the customer) and the day it expires; {@code version} of the retention
 * it is recorded on.
 */
public record GuaranteeForm(@NotBlank @Size(max = 50) String number, @NotBlank @Size(max = 100) String bank,
		@NotNull @DecimalMin("0.01") @Digits(integer = 14, fraction = 2) BigDecimal amount, @NotNull LocalDate issuedOn,
		@NotNull LocalDate expiresOn, Long version) {
}
