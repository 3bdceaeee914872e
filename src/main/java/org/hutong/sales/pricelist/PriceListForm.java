package org.hutong.sales.pricelist;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What the price list form and the API submit: a name, the first day it is valid (and the last, or
 * none), the customer levels (option codes) and the customers it applies to. That the levels are the
 * enterprise's and the customers its own is checked by {@link PriceLists}.
 *
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record PriceListForm(
		@NotBlank(message = "{priceList.required}") @Size(max = 50, message = "{priceList.tooLong}") String name,
		@NotNull(message = "{priceList.required}") @DateTimeFormat(iso = ISO.DATE) LocalDate validFrom,
		@DateTimeFormat(iso = ISO.DATE) LocalDate validTo,
		@Size(max = 500, message = "{priceList.tooLong}") String remarks,
		@Size(max = 20, message = "{priceList.levels.tooMany}") List<String> levels,
		@Size(max = 200, message = "{priceList.customers.tooMany}") List<Long> customerIds,
		Long version) {

	public PriceListForm {
		name = Texts.clean(name);
		remarks = Texts.clean(remarks);
		levels = levels == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(levels.stream().map(Texts::clean).filter(Objects::nonNull).toList()));
		customerIds = customerIds == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(customerIds.stream().filter(Objects::nonNull).toList()));
	}

	static PriceListForm blank(LocalDate today) {
		return new PriceListForm(null, today, null, null, null, null, null);
	}

	static PriceListForm of(PriceList list) {
		return new PriceListForm(list.getName(), list.getValidFrom(), list.getValidTo(), list.getRemarks(),
				list.levels(), list.customerIds(), list.getVersion());
	}

	PriceListForm withVersion(Long edited) {
		return new PriceListForm(name, validFrom, validTo, remarks, levels, customerIds, edited);
	}
}
