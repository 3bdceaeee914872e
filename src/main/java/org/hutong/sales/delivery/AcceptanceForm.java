package org.hutong.sales.delivery;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hutong.shared.Texts;

/**
 * 验收 as its form and the API send it: 初验 or 终验, the day, who accepted for the customer, the
 * document, remarks, and — for a contract delivered in batches — the batch accepted (none: the whole).
 */
public record AcceptanceForm(@NotNull(message = "{delivery.required}") AcceptanceKind kind,
		@NotNull(message = "{delivery.required}") LocalDate acceptedOn,
		@Size(max = 50, message = "{delivery.tooLong}") String acceptedBy,
		@Size(max = 50, message = "{delivery.tooLong}") String documentNo,
		@Size(max = 500, message = "{delivery.tooLong}") String remarks, Integer batch) {

	public AcceptanceForm(AcceptanceKind kind, LocalDate acceptedOn, String acceptedBy, String documentNo, String remarks) {
		this(kind, acceptedOn, acceptedBy, documentNo, remarks, null);
	}

	public AcceptanceForm {
		acceptedBy = Texts.clean(acceptedBy);
		documentNo = Texts.clean(documentNo);
		remarks = Texts.clean(remarks);
	}
}
