package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.sales.contract.ContractRow;
import org.hutong.sales.contract.ContractSearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer page's 回款 tab: the receipts under the customer's contracts the reader may see,
 * newest first, with each contract's collected and outstanding sums.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class CustomerReceipts {

	private final ContractSearch contracts;

	private final ReceiptRepository receipts;

	CustomerReceipts(ContractSearch contracts, ReceiptRepository receipts) {
		this.contracts = contracts;
		this.receipts = receipts;
	}

	/** A receipt as the tab lists it, with its contract. */
	public record Row(long id, String number, long contractId, String contractNumber, LocalDate receivedOn,
			BigDecimal amount, String currency, ReceiptMethod method, ReceiptStatus status) {
	}

	/** The tab: the customer's visible contracts' sums, and their receipts. */
	public record Tab(BigDecimal contracted, BigDecimal collected, List<Row> receipts) {

		public BigDecimal outstanding() {
			return contracted.subtract(collected).max(BigDecimal.ZERO);
		}
	}

	public Tab of(SignedInUser user, long customerId) {
		List<ContractRow> visible = contracts.ofCustomer(user, customerId);
		Map<Long, ContractRow> byId = visible.stream().collect(Collectors.toMap(ContractRow::id, Function.identity()));
		List<Row> rows = byId.isEmpty() ? List.of()
				: receipts.findTop200ByContractIdInOrderByIdDesc(byId.keySet()).stream().map(r -> {
					ContractRow contract = byId.get(r.getContractId());
					return new Row(r.getId(), r.getNumber(), r.getContractId(), contract.number(), r.getReceivedOn(),
							r.getAmount(), contract.currency(), r.getMethod(), r.getStatus());
				}).toList();
		BigDecimal contracted = visible.stream().filter(c -> c.status().binding()).map(ContractRow::amountCny)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal collected = visible.stream().map(ContractRow::collectedCny).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Tab(contracted, collected, rows);
	}
}
