package org.hutong;

import static org.assertj.core.api.Assertions.assertThat;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * A cluster-locked job scheduled more often than its lock's minimum hold would silently skip ticks on
 * every node: start-up is refused with a message naming the property. The application's own jobs
 * pass the same check whenever any integration test starts the application.
 */
class ScheduleCheckTests {

	static class CronJob {

		@Scheduled(cron = "${test.job.cron}", zone = "Asia/Shanghai")
		@SchedulerLock(name = "test.cron", lockAtMostFor = "PT1H", lockAtLeastFor = "PT30S")
		void run() {
		}
	}

	static class FixedDelayJob {

		@Scheduled(fixedDelayString = "${test.job.every}")
		@SchedulerLock(name = "test.every", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
		void run() {
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Jobs {

		@Bean
		static ScheduleCheck scheduleCheck(Environment environment) {
			return new ScheduleCheck(environment);
		}

		@Bean
		CronJob cronJob() {
			return new CronJob();
		}

		@Bean
		FixedDelayJob fixedDelayJob() {
			return new FixedDelayJob();
		}
	}

	private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Jobs.class);

	@Test
	void startsWithACronOfOneMinuteOrMoreAndADelayLongerThanTheLock() {
		runner.withPropertyValues("test.job.cron=0 * * * * *", "test.job.every=PT30S")
			.run(context -> assertThat(context).hasNotFailed());
		runner.withPropertyValues("test.job.cron=0 0 2 * * *", "test.job.every=11s")
			.run(context -> assertThat(context).hasNotFailed());
	}

	@Test
	void refusesACronFiringMoreThanOnceAMinuteNamingTheProperty() {
		runner.withPropertyValues("test.job.cron=*/20 * * * * *", "test.job.every=PT30S")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("test.job.cron")
				.hasMessageContaining("PT20S"));
	}

	@Test
	void refusesACronThatFiresTwiceInAMinuteOnlyOnceAnHour() {
		runner.withPropertyValues("test.job.cron=0,30 0 * * * *", "test.job.every=PT30S")
			.run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("test.job.cron"));
	}

	@Test
	void refusesADelayNoLongerThanTheLocksMinimumHold() {
		runner.withPropertyValues("test.job.cron=0 * * * * *", "test.job.every=PT10S")
			.run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("test.job.every"));
	}

	@Test
	void refusesACronThatIsNoCronNamingTheProperty() {
		runner.withPropertyValues("test.job.cron=every day", "test.job.every=PT30S")
			.run(context -> assertThat(context).hasFailed().getFailure().rootCause().hasMessageContaining("test.job.cron"));
	}
}
