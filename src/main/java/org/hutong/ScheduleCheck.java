package org.hutong;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.aop.support.AopUtils;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * Refuses to start when a cluster-locked job is scheduled more often than its lock allows. A lock
 * held for {@code lockAtLeastFor} makes every node skip ticks inside that time, so a schedule shorter
 * than the hold silently loses runs; and a cron job may run at most once a minute. The message names
 * the property to change.
 */
@Component
class ScheduleCheck implements BeanPostProcessor {

	/** The shortest period a cron job may have; every lock's minimum hold stays below it. */
	static final Duration SHORTEST_CRON_PERIOD = Duration.ofMinutes(1);

	private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^:}]+)");

	/** How many ticks of a cron are compared: enough to meet each field's shortest step. */
	private static final int TICKS = 1500;

	private final Environment environment;

	ScheduleCheck(Environment environment) {
		this.environment = environment;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		ReflectionUtils.doWithMethods(AopUtils.getTargetClass(bean), this::check,
				method -> AnnotatedElementUtils.hasAnnotation(method, SchedulerLock.class)
						&& AnnotatedElementUtils.hasAnnotation(method, Scheduled.class));
		return bean;
	}

	private void check(Method method) {
		Scheduled scheduled = AnnotatedElementUtils.findMergedAnnotation(method, Scheduled.class);
		SchedulerLock lock = AnnotatedElementUtils.findMergedAnnotation(method, SchedulerLock.class);
		String job = method.getDeclaringClass().getSimpleName() + "." + method.getName();
		Duration atLeast = duration(environment.resolvePlaceholders(lock.lockAtLeastFor()));
		if (StringUtils.hasText(scheduled.cron())) {
			String cron = environment.resolvePlaceholders(scheduled.cron());
			String zone = StringUtils.hasText(scheduled.zone()) ? scheduled.zone() : ZoneId.systemDefault().getId();
			Duration period = shortestGap(cron, ZoneId.of(zone), scheduled.cron());
			require(period.compareTo(SHORTEST_CRON_PERIOD) >= 0 && period.compareTo(atLeast) > 0, scheduled.cron(), cron,
					job, period, atLeast);
		}
		else {
			String source = StringUtils.hasText(scheduled.fixedDelayString()) ? scheduled.fixedDelayString()
					: scheduled.fixedRateString();
			Duration period = StringUtils.hasText(source) ? duration(environment.resolvePlaceholders(source))
					: Duration.ofMillis(Math.max(scheduled.fixedDelay(), scheduled.fixedRate()));
			require(period.compareTo(atLeast) > 0, source, String.valueOf(period), job, period, atLeast);
		}
	}

	private static void require(boolean fine, String source, String value, String job, Duration period, Duration atLeast) {
		if (!fine) {
			throw new IllegalStateException("Schedule " + name(source, job) + " = '" + value + "' runs " + job + " every "
					+ period + ", but a cluster-locked job must run at most every " + SHORTEST_CRON_PERIOD
					+ " (cron) and less often than its lock's minimum hold of " + atLeast + ": change " + name(source, job));
		}
	}

	/** The property a schedule comes from, or the job itself when the schedule is written in the code. */
	private static String name(String source, String job) {
		Matcher property = PROPERTY.matcher(source == null ? "" : source);
		return property.find() ? property.group(1) : "of " + job;
	}

	private static Duration shortestGap(String cron, ZoneId zone, String source) {
		CronExpression expression;
		try {
			expression = CronExpression.parse(cron);
		}
		catch (IllegalArgumentException invalid) {
			throw new IllegalStateException("Schedule " + name(source, "") + " = '" + cron + "' is not a cron expression: "
					+ invalid.getMessage());
		}
		ZonedDateTime tick = expression.next(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, zone));
		Duration shortest = Duration.ofDays(3660);
		for (int i = 0; i < TICKS && tick != null && shortest.compareTo(SHORTEST_CRON_PERIOD) >= 0; i++) {
			ZonedDateTime next = expression.next(tick);
			if (next != null && Duration.between(tick, next).compareTo(shortest) < 0) {
				shortest = Duration.between(tick, next);
			}
			tick = next;
		}
		return shortest;
	}

	/** ShedLock's and Spring's duration text: ISO-8601 ({@code PT30S}), simple ({@code 30s}) or milliseconds. */
	static Duration duration(String text) {
		return StringUtils.hasText(text) ? DurationStyle.detectAndParse(text.trim()) : Duration.ZERO;
	}
}
