package org.hutong.sales.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * A contract's header as its form and the API send it: title, signing date, term, both signatories,
 * currency (CNY unless said; another one needs its rate to CNY), warranty, delivery address, remarks.
 * The lines come from the quote or deal it was made from. Dates are checked against each other by
 * {@link ContractManagement}.
 *
 * @param version the version edited, for optimistic locking
 */
public record ContractForm(
		@NotBlank(message = "{contract.required}") @Size(max = 100, message = "{contract.tooLong}") String title,
		LocalDate signedOn,
		LocalDate startsOn,
		LocalDate endsOn,
		@Size(max = 50, message = "{contract.tooLong}") String ourSignatory,
		@Size(max = 50, message = "{contract.tooLong}") String customerSignatory,
		@Pattern(regexp = "[A-Z]{3}", message = "{contract.currency.invalid}") String currency,
		@DecimalMin(value = "0.000001", message = "{contract.rate.range}")
		@DecimalMax(value = "999999", message = "{contract.rate.range}")
		@Digits(integer = 6, fraction = 6, message = "{contract.rate.range}") BigDecimal cnyRate,
		@Min(value = 0, message = "{contract.warranty.range}") @Max(value = 120, message = "{contract.warranty.range}") Integer warrantyMonths,
		@Size(max = 200, message = "{contract.tooLong}") String deliveryAddress,
		@Size(max = 2000, message = "{contract.tooLong}") String remarks,
		Long version) {

	public ContractForm {
		title = Texts.clean(title);
		ourSignatory = Texts.clean(ourSignatory);
		customerSignatory = Texts.clean(customerSignatory);
		currency = Texts.clean(currency);
		currency = currency == null ? null : currency.toUpperCase(java.util.Locale.ROOT);
		deliveryAddress = Texts.clean(deliveryAddress);
		remarks = Texts.clean(remarks);
	}

	static ContractForm of(Contract contract) {
		return new ContractForm(contract.getTitle(), contract.getSignedOn(), contract.getStartsOn(), contract.getEndsOn(),
				contract.getOurSignatory(), contract.getCustomerSignatory(), contract.getCurrency(), contract.getCnyRate(),
				contract.getWarrantyMonths(), contract.getDeliveryAddress(), contract.getRemarks(), contract.getVersion());
	}

	ContractForm withVersion(Long edited) {
		return new ContractForm(title, signedOn, startsOn, endsOn, ourSignatory, customerSignatory, currency, cnyRate,
				warrantyMonths, deliveryAddress, remarks, edited);
	}
}
