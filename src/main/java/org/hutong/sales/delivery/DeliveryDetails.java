package org.hutong.sales.delivery;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A contract's deliveries, arrivals and acceptances as its page and the API show them, in one transaction. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(ContractPermissions.MAY_READ)
public class DeliveryDetails {

	private final DeliveryRepository deliveries;

	private final AcceptanceRepository acceptances;

	private final ContractFulfilment contracts;

	DeliveryDetails(DeliveryRepository deliveries, AcceptanceRepository acceptances, ContractFulfilment contracts) {
		this.deliveries = deliveries;
		this.acceptances = acceptances;
		this.contracts = contracts;
	}

	public FulfilmentView of(SignedInUser user, long contractId) {
		ContractFulfilment.Fulfilled contract = contracts.readable(user, contractId);
		List<Delivery> shipped = deliveries.findByContractIdOrderById(contractId);
		Map<Long, BigDecimal> open = DeliveryManagement.open(contract, shipped);
		Map<Long, ContractFulfilment.Line> lines = contract.lines().stream()
			.collect(Collectors.toMap(ContractFulfilment.Line::id, Function.identity()));
		List<FulfilmentView.LineStatus> status = contract.lines().stream()
			.map(l -> new FulfilmentView.LineStatus(l.id(), l.name(), l.spec(), l.unit(), l.quantity(),
					l.quantity().subtract(open.get(l.id())), open.get(l.id())))
			.toList();
		List<FulfilmentView.DeliveryRow> rows = shipped.stream().map(d -> new FulfilmentView.DeliveryRow(d.getId(),
				d.getNumber(), d.getShippedOn(), d.getCarrier(), d.getWaybill(), d.getReceiver(), d.getReceiverPhone(),
				d.getArrivedOn(), d.getArrivalNote(), d.getLines().stream().map(line -> {
					ContractFulfilment.Line of = lines.get(line.getContractLineId());
					return new FulfilmentView.Shipped(of == null ? "—" : of.name(), of == null ? null : of.unit(),
							line.getQuantity());
				}).toList(), d.batch(), d.getPhotoKey() != null)).toList();
		List<FulfilmentView.AcceptanceRow> accepted = acceptances.findByContractIdOrderByAcceptedOnAscIdAsc(contractId)
			.stream().map(a -> new FulfilmentView.AcceptanceRow(a.getId(), a.getKind(), a.getAcceptedOn(),
					a.getAcceptedBy(), a.getDocumentNo(), a.getRemarks(), a.batch()))
			.toList();
		return new FulfilmentView(contractId, contract.inEffect(), user.can(ContractPermissions.WRITE), status, rows,
				accepted, contract.batches());
	}

	/** The form of a new delivery: every line with its open quantity, all of it proposed; the first batch nothing went out for yet. */
	public DeliveryForm proposal(SignedInUser user, long contractId, java.time.LocalDate today) {
		FulfilmentView view = of(user, contractId);
		return new DeliveryForm(today, null, null, null, null, view.lines().stream()
			.filter(line -> line.open().signum() > 0)
			.map(line -> new DeliveryForm.Line(line.contractLineId(), line.open()))
			.toList(), nextBatch(view));
	}

	private static Integer nextBatch(FulfilmentView view) {
		return view.batches().stream()
			.filter(batch -> view.deliveries().stream().noneMatch(d -> batch.equals(d.batch())))
			.findFirst().orElse(view.batches().isEmpty() ? null : view.batches().get(view.batches().size() - 1));
	}
}
