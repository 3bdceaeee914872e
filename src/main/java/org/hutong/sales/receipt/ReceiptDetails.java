package org.hutong.sales.receipt;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A contract's receipts as its page and the API show them, in one transaction. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class ReceiptDetails {

	private final ReceiptRepository receipts;

	private final ContractFulfilment contracts;

	ReceiptDetails(ReceiptRepository receipts, ContractFulfilment contracts) {
		this.receipts = receipts;
		this.contracts = contracts;
	}

	public ReceiptsView of(SignedInUser user, long contractId) {
		ContractFulfilment.Fulfilled contract = contracts.readable(user, contractId);
		Map<Integer, String> names = contract.plan().stream()
			.collect(Collectors.toMap(ContractFulfilment.Due::term, ContractFulfilment.Due::name, (a, b) -> a));
		List<Receipt> all = receipts.findByContractIdOrderById(contractId);
		BigDecimal waiting = all.stream().filter(r -> r.getStatus() == ReceiptStatus.RECORDED).map(Receipt::getAmount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		List<ReceiptsView.Row> rows = all.stream().sorted(Comparator.comparing(Receipt::getId).reversed())
			.map(r -> new ReceiptsView.Row(r.getId(), r.getNumber(), r.getReceivedOn(), r.getAmount(), r.getMethod(),
					r.getPayerAccount(), r.getDraftNumber(), r.getDraftBank(), r.getDraftMaturesOn(), r.getRemarks(),
					r.getStatus(), r.getRejection(),
					r.getAllocations().stream().map(a -> new ReceiptsView.Part(names.getOrDefault(a.getTermPosition(), "—"),
							a.getAmount())).toList(), r.getVersion()))
			.toList();
		return new ReceiptsView(contractId, contract.currency(), contract.total(), contract.collected(), waiting, rows,
				names.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList(),
				contract.inEffect() && (user.can(ContractPermissions.WRITE) || user.can(ContractPermissions.CONFIRM_RECEIPTS)),
				user.can(ContractPermissions.CONFIRM_RECEIPTS));
	}
}
