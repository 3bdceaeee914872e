package org.hutong.sales.delivery;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.hutong.identity.SignedInUser;
import org.hutong.sales.AcceptanceRecorded;
import org.hutong.sales.DeliveryShipped;
import org.hutong.sales.collection.TriggerEvent;
import org.hutong.sales.contract.ContractFulfilment;
import org.hutong.sales.contract.ContractPermissions;
import org.hutong.tenancy.DailyNumbers;
import org.hutong.web.EnterpriseZone;
import org.hutong.web.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 发货 · 到货 · 验收 under a contract in effect. A delivery ships no more of a line than is still open
 * — checked under the contract's row lock, so two deliveries entered at once cannot both take the
 * last units. After each change the contract learns the days its payment terms count from: shipped
 * in full (the last delivery's day), all arrived (the last arrival), first 初验, first 终验.
 */
@Service
@Transactional
@PreAuthorize(ContractPermissions.MAY_WRITE)
public class DeliveryManagement {

	/** Delivery numbers: FH-20261207-0001. */
	static final String NUMBER_PREFIX = "FH";

	private final DeliveryRepository deliveries;

	private final AcceptanceRepository acceptances;

	private final ContractFulfilment contracts;

	private final DailyNumbers numbers;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DeliveryManagement(DeliveryRepository deliveries, AcceptanceRepository acceptances, ContractFulfilment contracts,
			DailyNumbers numbers, ApplicationEventPublisher events, Clock clock) {
		this.deliveries = deliveries;
		this.acceptances = acceptances;
		this.contracts = contracts;
		this.numbers = numbers;
		this.events = events;
		this.clock = clock;
	}

	/** A 发货单; answers its id, or null when {@code errors} says why not (nothing is saved then). */
	public Long ship(SignedInUser actor, long contractId, DeliveryForm form, Errors errors) {
		ContractFulfilment.Fulfilled contract = contracts.locked(actor, contractId);
		if (!contract.inEffect()) {
			errors.reject("delivery.contract.notInEffect");
			return null;
		}
		checkDay(form.shippedOn(), "shippedOn", errors);
		checkBatch(contract, form.batch(), true, errors);
		Map<Long, BigDecimal> open = open(contract);
		if (form.lines().isEmpty()) {
			errors.rejectValue("lines", "delivery.lines.required");
		}
		Set<Long> seen = new HashSet<>();
		for (int i = 0; i < form.lines().size(); i++) {
			DeliveryForm.Line line = form.lines().get(i);
			BigDecimal left = open.get(line.contractLineId());
			if (left == null || !seen.add(line.contractLineId())) {
				errors.rejectValue("lines[" + i + "].contractLineId", "delivery.line.unknown");
			}
			else if (line.quantity().compareTo(left) > 0) {
				errors.rejectValue("lines[" + i + "].quantity", "delivery.quantity.overOpen",
						new Object[] { left.stripTrailingZeros().toPlainString() }, null);
			}
		}
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		Delivery delivery = new Delivery(contractId, numbers.next(NUMBER_PREFIX, now), form, actor.userId(), now);
		form.lines().forEach(line -> delivery.ship(line.contractLineId(), line.quantity()));
		deliveries.save(delivery);
		contracts.executing(contractId);
		boolean complete = report(contract);
		events.publishEvent(new DeliveryShipped(actor.tenantId(), delivery.getId(), delivery.getNumber(), contractId,
				contract.customerId(), form.shippedOn(), complete, actor.userId(), now));
		return delivery.getId();
	}

	/** 到货: the day the customer signed for the delivery, not before it was shipped. */
	public void arrived(SignedInUser actor, long deliveryId, ArrivalForm form, Errors errors) {
		Delivery delivery = deliveries.findById(deliveryId).orElseThrow(RecordNotFound::new);
		ContractFulfilment.Fulfilled contract = contracts.locked(actor, delivery.getContractId());
		checkDay(form.arrivedOn(), "arrivedOn", errors);
		if (form.arrivedOn() != null && form.arrivedOn().isBefore(delivery.getShippedOn())) {
			errors.rejectValue("arrivedOn", "delivery.arrival.beforeShipping");
		}
		if (errors.hasErrors()) {
			return;
		}
		delivery.arrived(form.arrivedOn(), form.note());
		report(contract);
	}

	/** 初验 once something arrived, 终验 once everything did; either not before the arrival it follows. */
	public Long accept(SignedInUser actor, long contractId, AcceptanceForm form, Errors errors) {
		ContractFulfilment.Fulfilled contract = contracts.locked(actor, contractId);
		if (!contract.inEffect()) {
			errors.reject("delivery.contract.notInEffect");
			return null;
		}
		checkDay(form.acceptedOn(), "acceptedOn", errors);
		checkBatch(contract, form.batch(), false, errors);
		List<Delivery> shipped = inBatch(deliveries.findByContractIdOrderById(contractId), form.batch());
		LocalDate firstArrival = shipped.stream().map(Delivery::getArrivedOn).filter(Objects::nonNull)
			.min(Comparator.naturalOrder()).orElse(null);
		LocalDate allArrived = form.batch() == null ? allArrived(contract, shipped) : lastArrived(shipped);
		LocalDate needed = form.kind() == AcceptanceKind.FINAL ? allArrived : firstArrival;
		if (needed == null) {
			errors.reject(form.kind() == AcceptanceKind.FINAL ? "acceptance.final.notArrived" : "acceptance.initial.notArrived");
		}
		else if (form.acceptedOn() != null && form.acceptedOn().isBefore(needed)) {
			errors.rejectValue("acceptedOn", "acceptance.beforeArrival", new Object[] { needed.toString() }, null);
		}
		if (errors.hasErrors()) {
			return null;
		}
		Instant now = clock.instant();
		Acceptance acceptance = acceptances.save(new Acceptance(contractId, form, actor.userId(), now));
		report(contract);
		events.publishEvent(new AcceptanceRecorded(actor.tenantId(), acceptance.getId(), contractId, contract.customerId(),
				form.kind().name(), form.acceptedOn(), actor.userId(), now));
		return acceptance.getId();
	}

	/**
	 * Tells the contract the days its terms count from; answers whether it is shipped in full. The
	 * whole contract is shipped (arrived) once every line is, on the last day; a batch is shipped on the
	 * last day one of its 发货单 went out, and arrived once all of them did. An acceptance counts for
	 * its batch or, without one, for the whole contract; a contract whose every batch passed 终验 is
	 * finally accepted on the last of those days, so its warranty starts then.
	 */
	private boolean report(ContractFulfilment.Fulfilled contract) {
		List<Delivery> shipped = deliveries.findByContractIdOrderById(contract.id());
		boolean complete = open(contract, shipped).values().stream().allMatch(left -> left.signum() <= 0);
		contracts.occurred(contract.id(), TriggerEvent.DELIVERY, complete ? lastShipped(shipped) : null);
		contracts.occurred(contract.id(), TriggerEvent.ARRIVAL, allArrived(contract, shipped));
		List<Acceptance> accepted = acceptances.findByContractIdOrderByAcceptedOnAscIdAsc(contract.id());
		contracts.occurred(contract.id(), TriggerEvent.INITIAL_ACCEPTANCE, first(accepted, AcceptanceKind.INITIAL, null));
		List<LocalDate> batchFinals = new java.util.ArrayList<>();
		for (Integer batch : contract.batches()) {
			List<Delivery> ofBatch = inBatch(shipped, batch);
			contracts.occurred(contract.id(), TriggerEvent.DELIVERY, batch, lastShipped(ofBatch));
			contracts.occurred(contract.id(), TriggerEvent.ARRIVAL, batch, lastArrived(ofBatch));
			contracts.occurred(contract.id(), TriggerEvent.INITIAL_ACCEPTANCE, batch,
					first(accepted, AcceptanceKind.INITIAL, batch));
			LocalDate finalOfBatch = first(accepted, AcceptanceKind.FINAL, batch);
			contracts.occurred(contract.id(), TriggerEvent.FINAL_ACCEPTANCE, batch, finalOfBatch);
			batchFinals.add(finalOfBatch);
		}
		LocalDate finalOfAll = first(accepted, AcceptanceKind.FINAL, null);
		if (finalOfAll == null && !batchFinals.isEmpty() && !batchFinals.contains(null)) {
			finalOfAll = java.util.Collections.max(batchFinals);
		}
		contracts.occurred(contract.id(), TriggerEvent.FINAL_ACCEPTANCE, finalOfAll);
		return complete;
	}

	private static LocalDate first(List<Acceptance> accepted, AcceptanceKind kind, Integer batch) {
		return accepted.stream().filter(a -> a.getKind() == kind && Objects.equals(a.batch(), batch))
			.map(Acceptance::getAcceptedOn).findFirst().orElse(null);
	}

	private static List<Delivery> inBatch(List<Delivery> shipped, Integer batch) {
		return batch == null ? shipped : shipped.stream().filter(d -> batch.equals(d.batch())).toList();
	}

	private static LocalDate lastShipped(List<Delivery> shipped) {
		return shipped.stream().map(Delivery::getShippedOn).max(Comparator.naturalOrder()).orElse(null);
	}

	/** The day the last of these arrived, once all of them did; null before (or with none). */
	private static LocalDate lastArrived(List<Delivery> shipped) {
		if (shipped.isEmpty() || shipped.stream().anyMatch(d -> d.getArrivedOn() == null)) {
			return null;
		}
		return shipped.stream().map(Delivery::getArrivedOn).max(Comparator.naturalOrder()).orElse(null);
	}

	/**
	 * A contract delivered in batches needs the batch of a 发货单 ({@code required}) and may name one for
	 * an acceptance; one delivered at once takes none.
	 */
	private static void checkBatch(ContractFulfilment.Fulfilled contract, Integer batch, boolean required,
			Errors errors) {
		if (batch == null) {
			if (required && !contract.batches().isEmpty()) {
				errors.rejectValue("batch", "delivery.batch.required");
			}
		}
		else if (!contract.batches().contains(batch)) {
			errors.rejectValue("batch", "delivery.batch.unknown");
		}
	}

	/** The day the last goods arrived, once everything was shipped and signed for; null before. */
	private LocalDate allArrived(ContractFulfilment.Fulfilled contract, List<Delivery> shipped) {
		boolean complete = open(contract, shipped).values().stream().allMatch(left -> left.signum() <= 0);
		return complete ? lastArrived(shipped) : null;
	}

	private Map<Long, BigDecimal> open(ContractFulfilment.Fulfilled contract) {
		return open(contract, deliveries.findByContractIdOrderById(contract.id()));
	}

	/** Each contract line's quantity less what the deliveries shipped of it. */
	static Map<Long, BigDecimal> open(ContractFulfilment.Fulfilled contract, List<Delivery> shipped) {
		Map<Long, BigDecimal> open = new HashMap<>();
		contract.lines().forEach(line -> open.put(line.id(), line.quantity()));
		for (Delivery delivery : shipped) {
			for (DeliveryLine line : delivery.getLines()) {
				open.computeIfPresent(line.getContractLineId(), (id, left) -> left.subtract(line.getQuantity()));
			}
		}
		return open;
	}

	/** A day of this century that has come: goods are recorded as shipped, arrived or accepted, not planned. */
	private void checkDay(LocalDate day, String field, Errors errors) {
		LocalDate today = LocalDate.now(clock.withZone(EnterpriseZone.DEFAULT));
		if (day != null && (day.getYear() < 2000 || day.isAfter(today))) {
			errors.rejectValue(field, "delivery.day.range", new Object[] { today.toString() }, null);
		}
	}
}
