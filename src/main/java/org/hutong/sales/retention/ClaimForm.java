package org.hutong.sales.retention;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A quality claim as typed: what is wrong, and the day the customer raised it. */
public record ClaimForm(@NotBlank @Size(max = 500) String description, @NotNull LocalDate raisedOn) {
}
