package org.hutong.projects.time;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hutong.identity.Colleagues;
import org.hutong.identity.SignedInUser;
import org.hutong.projects.project.ProjectPermissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * 人工成本费率, kept by whoever holds {@code projects.cost-rates} (administrators) and shown to no one
 * else: every method asks for the permission, and nothing outside this class reads a rate except the
 * labour amounts of {@link LabourCosts}.
 */
@Service
@Transactional
@PreAuthorize(ProjectPermissions.MAY_KEEP_COST_RATES)
public class CostRates {

	/** One rate as the page and the API show it. */
	public record RateView(long id, long userId, String userName, LocalDate effectiveFrom, BigDecimal rate,
			String setBy) {
	}

	/** One person with the rate in effect today (null: none yet) and the history, newest first. */
	public record PersonRates(long userId, String name, BigDecimal current, List<RateView> history) {
	}

	private final CostRateRepository rates;

	private final Colleagues colleagues;

	private final Clock clock;

	CostRates(CostRateRepository rates, Colleagues colleagues, Clock clock) {
		this.rates = rates;
		this.colleagues = colleagues;
		this.clock = clock;
	}

	/** Every active colleague with their rates, by name order of the colleague list. */
	@Transactional(readOnly = true)
	public List<PersonRates> people(LocalDate today) {
		Map<Long, List<CostRate>> byUser = new LinkedHashMap<>();
		rates.findAllByOrderByUserIdAscEffectiveFromDesc()
			.forEach(rate -> byUser.computeIfAbsent(rate.getUserId(), id -> new java.util.ArrayList<>()).add(rate));
		Map<Long, String> setters = colleagues.names(byUser.values().stream().flatMap(List::stream)
			.map(CostRate::getCreatedBy).distinct().toList());
		return colleagues.active().stream().map(person -> {
			List<CostRate> own = byUser.getOrDefault(person.id(), List.of());
			BigDecimal current = own.stream().filter(r -> !r.getEffectiveFrom().isAfter(today)).findFirst()
				.map(CostRate::getRate).orElse(null);
			return new PersonRates(person.id(), person.displayName(), current,
					own.stream().map(r -> view(r, person.displayName(), setters)).toList());
		}).toList();
	}

	/** Sets a rate from a day on (the same day again corrects it); the rate's id, or null when refused. */
	public Long set(SignedInUser actor, CostRateForm form, Errors errors) {
		if (form.userId() == null || !colleagues.isActive(form.userId())) {
			errors.rejectValue("userId", form.userId() == null ? "rate.required" : "rate.user.unknown");
		}
		if (form.effectiveFrom() == null) {
			errors.rejectValue("effectiveFrom", "rate.required");
		}
		if (form.rate() == null) {
			errors.rejectValue("rate", "rate.required");
		}
		else if (form.rate().signum() < 0 || form.rate().compareTo(CostRate.HIGHEST) > 0) {
			errors.rejectValue("rate", "rate.range");
		}
		else if (form.rate().stripTrailingZeros().scale() > 2) {
			errors.rejectValue("rate", "rate.scale");
		}
		if (errors.hasErrors()) {
			return null;
		}
		CostRate rate = rates.findByUserIdAndEffectiveFrom(form.userId(), form.effectiveFrom()).map(known -> {
			known.correct(form.rate(), actor.userId(), clock.instant());
			return known;
		}).orElseGet(() -> new CostRate(form.userId(), form.effectiveFrom(), form.rate(), actor.userId(), clock.instant()));
		return rates.save(rate).getId();
	}

	/** One person's rates, newest first. */
	@Transactional(readOnly = true)
	public List<RateView> of(long userId) {
		List<CostRate> own = rates.findByUserIdOrderByEffectiveFromDesc(userId);
		Map<Long, String> setters = colleagues.names(own.stream().map(CostRate::getCreatedBy).distinct().toList());
		String name = colleagues.name(userId).orElse("");
		return own.stream().map(r -> view(r, name, setters)).toList();
	}

	private static RateView view(CostRate rate, String name, Map<Long, String> setters) {
		return new RateView(rate.getId(), rate.getUserId(), name, rate.getEffectiveFrom(), rate.getRate(),
				setters.getOrDefault(rate.getCreatedBy(), ""));
	}
}
