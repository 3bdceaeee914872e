package org.hutong.sales.collection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One 回款条款 of a contract: a named share (预付款 · 到货款 · 验收款 · 质保金 …) that falls due an
 * offset after its trigger, once its preconditions are met. The optional parts are null when unused:
 * {@code date} (only for {@link TriggerEvent#FIXED_DATE}), {@code retention} (for a 质保金 term) and
 * {@code deemedAcceptance}. Build one with {@link #of} and the {@code with…} methods.
 */
public record PaymentTerm(String name, Share share, TriggerEvent trigger, Offset offset,
		Set<Precondition> preconditions, LocalDate date, Retention retention, DeemedAcceptance deemedAcceptance) {

	public PaymentTerm {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(share, "share");
		Objects.requireNonNull(trigger, "trigger");
		offset = offset == null ? Offset.NONE : offset;
		// an EnumSet keeps the order stable, so installments list what they wait for the same way every time
		preconditions = preconditions == null || preconditions.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(preconditions));
	}

	public static PaymentTerm of(String name, Share share, TriggerEvent trigger, Offset offset) {
		return new PaymentTerm(name, share, trigger, offset, Set.of(), null, null, null);
	}

	/** The date of a {@link TriggerEvent#FIXED_DATE} term. */
	public PaymentTerm withDate(LocalDate fixedDate) {
		return new PaymentTerm(name, share, trigger, offset, preconditions, fixedDate, retention, deemedAcceptance);
	}

	public PaymentTerm withPreconditions(Precondition... required) {
		Set<Precondition> all = EnumSet.noneOf(Precondition.class);
		all.addAll(Arrays.asList(required));
		return new PaymentTerm(name, share, trigger, offset, all, date, retention, deemedAcceptance);
	}

	public PaymentTerm withRetention(Retention warranty) {
		return new PaymentTerm(name, share, trigger, offset, preconditions, date, warranty, deemedAcceptance);
	}

	public PaymentTerm withDeemedAcceptance(int daysAfterArrival) {
		return new PaymentTerm(name, share, trigger, offset, preconditions, date, retention,
				new DeemedAcceptance(daysAfterArrival));
	}

	/** A 质保金 term: it holds a retention, or it waits for a warranty to end and so needs one. */
	boolean isRetention() {
		return retention != null || trigger == TriggerEvent.WARRANTY_END;
	}

	/** The event the term's date is counted from, before the offset: the warranty's start for a warranty end. */
	TriggerEvent startEvent() {
		return trigger == TriggerEvent.WARRANTY_END && retention != null ? retention.warrantyFrom() : trigger;
	}

	/** Whether the term is paid batch by batch, when the contract delivers in batches. */
	boolean perBatch() {
		return startEvent().perBatch();
	}

	boolean onUntaxedAmount() {
		return retention != null && retention.base() == Retention.Base.UNTAXED;
	}

	/** Whether it may take the rounding remainder: a percent of the taxed amount, plain or cumulative. */
	boolean balances() {
		return !(share instanceof Share.Fixed) && !onUntaxedAmount();
	}
}
