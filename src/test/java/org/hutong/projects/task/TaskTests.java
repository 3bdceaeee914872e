package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.hutong.projects.project.Priority;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A task's own rules: due never before start, hours never below zero, categories from its column, assignees kept in step. */
class TaskTests {

	static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	static TaskColumn column(long id, TaskCategory category) {
		TaskColumn column = new TaskColumn(7, "列" + id, category, (int) id);
		ReflectionTestUtils.setField(column, "id", id);
		return column;
	}

	static Task task(TaskColumn column) {
		Task task = new Task(7, column, 0, 1, NOW);
		task.describe("样机装配", null, null, MONDAY, MONDAY.plusDays(4), new BigDecimal("16"), Priority.HIGH, NOW);
		return task;
	}

	@Test
	void refusesADueDateBeforeTheStartOnTheDueDateAndChangesNothing() {
		Task task = task(column(1, TaskCategory.OPEN));
		assertThatThrownBy(() -> task.describe("样机装配", null, null, MONDAY, MONDAY.minusDays(1), null, null, NOW))
			.isInstanceOfSatisfying(TaskRefused.class, refused -> {
				assertThat(refused.field()).isEqualTo("dueDate");
				assertThat(refused.code()).isEqualTo("task.due.beforeStart");
			});
		assertThat(task.getDueDate()).isEqualTo(MONDAY.plusDays(4));
	}

	@Test
	void takesADueDateOnTheStartDayAndNoDatesAtAll() {
		Task task = task(column(1, TaskCategory.OPEN));
		task.describe("当天", null, null, MONDAY, MONDAY, null, null, NOW);
		assertThat(task.getDueDate()).isEqualTo(MONDAY);
		task.describe("无日期", null, null, null, null, null, null, NOW);
		assertThat(task.getDueDate()).isNull();
		assertThat(task.getPriority()).isEqualTo(Priority.MEDIUM);
	}

	@Test
	void refusesNegativeHoursOnThePlannedHours() {
		Task task = task(column(1, TaskCategory.OPEN));
		assertThatThrownBy(() -> task.describe("样机装配", null, null, null, null, new BigDecimal("-1"), null, NOW))
			.isInstanceOfSatisfying(TaskRefused.class, refused -> assertThat(refused.field()).isEqualTo("plannedHours"));
		assertThat(task.getPlannedHours()).isEqualByComparingTo("16");
	}

	@Test
	void completesOnceWhenPlacedInADoneColumnAndReopensWhenTakenBack() {
		TaskColumn open = column(1, TaskCategory.OPEN);
		TaskColumn done = column(2, TaskCategory.DONE);
		Task task = task(open);
		task.assign(List.of(5L), NOW);
		assertThat(task.place(done, 0, NOW)).isTrue();
		assertThat(task.getCategory()).isEqualTo(TaskCategory.DONE);
		assertThat(task.getCompletedAt()).isEqualTo(NOW);
		assertThat(ReflectionTestUtils.getField(task.assignees().get(0), "open")).isEqualTo(false);
		assertThat(task.place(done, 3, NOW)).as("already done").isFalse();
		assertThat(task.place(open, 0, NOW)).isFalse();
		assertThat(task.getCompletedAt()).isNull();
		assertThat(ReflectionTestUtils.getField(task.assignees().get(0), "open")).isEqualTo(true);
	}

	@Test
	void isOverdueOnlyWhileOpenAndPastItsDueDate() {
		TaskColumn open = column(1, TaskCategory.OPEN);
		Task task = task(open);
		assertThat(task.overdueOn(MONDAY.plusDays(4))).isFalse();
		assertThat(task.overdueOn(MONDAY.plusDays(5))).isTrue();
		task.place(column(3, TaskCategory.CANCELLED), 0, NOW);
		assertThat(task.overdueOn(MONDAY.plusDays(5))).isFalse();
	}

	@Test
	void assigningAnswersOnlyTheNewPeopleAndKeepsTheDueDateOnEachAssignee() {
		Task task = task(column(1, TaskCategory.OPEN));
		assertThat(task.assign(List.of(5L, 6L), NOW)).containsExactly(5L, 6L);
		assertThat(task.assign(List.of(6L, 8L), NOW)).containsExactly(8L);
		assertThat(task.getAssigneeIds()).containsExactlyInAnyOrder(6L, 8L);
		task.describe("样机装配", null, null, null, MONDAY.plusDays(9), null, null, NOW);
		assertThat(task.assignees()).allSatisfy(
				a -> assertThat(ReflectionTestUtils.getField(a, "dueDate")).isEqualTo(MONDAY.plusDays(9)));
	}
}
