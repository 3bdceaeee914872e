package org.hutong.sales.tender;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hutong.shared.Texts;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A tender as entered: the deal it is for (required), who tenders it, its notice, its key dates, the
 * bid bond, our bid price and its lots. Whether the deal may be used and whether the dates make
 * sense together is checked by {@link TenderManagement}.
 *
 * @param bidDeadline 投标截止, and {@code openingAt} 开标, as wall time in the enterprise's zone
 * @param version the version edited, for optimistic locking ({@code null} when creating)
 */
public record TenderForm(
		@NotBlank(message = "{tender.required}") @Size(max = 100, message = "{tender.tooLong}") String title,
		@NotNull(message = "{tender.opportunity.required}") Long opportunityId,
		@Size(max = 100, message = "{tender.tooLong}") String tenderer,
		@Size(max = 100, message = "{tender.tooLong}") String agency,
		@Size(max = 60, message = "{tender.tooLong}") String noticeNumber,
		@Size(max = 500, message = "{tender.tooLong}")
		@Pattern(regexp = "https?://\\S+", message = "{tender.noticeUrl.invalid}") String noticeUrl,
		LocalDate registrationDue, LocalDate documentDue, LocalDate clarificationOn,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime bidDeadline,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime openingAt,
		@DecimalMin(value = "0", message = "{tender.money.negative}")
		@DecimalMax(value = "999999999999.99", message = "{tender.money.tooHigh}")
		@Digits(integer = 12, fraction = 2, message = "{tender.money.decimals}") BigDecimal bondAmount,
		LocalDate bondPaidOn, BondMethod bondMethod, LocalDate bondReturnedOn,
		@DecimalMin(value = "0", message = "{tender.money.negative}")
		@DecimalMax(value = "99999999999999.99", message = "{tender.money.tooHigh}")
		@Digits(integer = 14, fraction = 2, message = "{tender.money.decimals}") BigDecimal bidPrice,
		@Valid @Size(max = TenderForm.MAX_LOTS, message = "{tender.lots.tooMany}") List<TenderLotForm> lots,
		Long version) {

	static final int MAX_LOTS = 30;

	public TenderForm {
		title = Texts.clean(title);
		tenderer = Texts.clean(tenderer);
		agency = Texts.clean(agency);
		noticeNumber = Texts.clean(noticeNumber);
		noticeUrl = Texts.clean(noticeUrl);
		lots = lots == null ? List.of() : lots.stream().filter(lot -> lot != null && !lot.blank()).toList();
	}

	/** An empty tender for a deal, named after it. */
	public static TenderForm forDeal(Long opportunityId, String title) {
		return new TenderForm(title, opportunityId, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, List.of(), null);
	}

	public TenderForm withVersion(Long edited) {
		return new TenderForm(title, opportunityId, tenderer, agency, noticeNumber, noticeUrl, registrationDue,
				documentDue, clarificationOn, bidDeadline, openingAt, bondAmount, bondPaidOn, bondMethod, bondReturnedOn,
				bidPrice, lots, edited);
	}
}
