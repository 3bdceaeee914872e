package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Subtasks one level deep that keep their parent from done while open, and checklist items' rules. */
class TaskDetailTests {

	@Test
	void aParentWithAnOpenSubtaskMayNotEnterADoneColumnButMayOtherColumns() {
		Task parent = TaskTests.task(TaskTests.column(1, TaskCategory.OPEN));
		assertThatThrownBy(() -> parent.mayEnter(TaskTests.column(4, TaskCategory.DONE), 1))
			.isInstanceOfSatisfying(TaskRefused.class, refused -> {
				assertThat(refused.field()).isEqualTo("columnId");
				assertThat(refused.code()).isEqualTo("task.subtask.open");
			});
		assertThatNoException().isThrownBy(() -> parent.mayEnter(TaskTests.column(2, TaskCategory.OPEN), 1));
		assertThatNoException().isThrownBy(() -> parent.mayEnter(TaskTests.column(5, TaskCategory.CANCELLED), 1));
		assertThatNoException().isThrownBy(() -> parent.mayEnter(TaskTests.column(4, TaskCategory.DONE), 0));
	}

	@Test
	void aSubtaskHasNoSubtasksOfItsOwnAndStaysInItsParentsProject() {
		Task parent = TaskTests.task(TaskTests.column(1, TaskCategory.OPEN));
		ReflectionTestUtils.setField(parent, "id", 10L);
		Task child = TaskTests.task(TaskTests.column(1, TaskCategory.OPEN));
		ReflectionTestUtils.setField(child, "id", 11L);
		child.under(parent);
		assertThat(child.getParentId()).isEqualTo(10L);
		Task grandchild = TaskTests.task(TaskTests.column(1, TaskCategory.OPEN));
		assertThatThrownBy(() -> grandchild.under(child)).isInstanceOfSatisfying(TaskRefused.class,
				refused -> assertThat(refused.code()).isEqualTo("task.subtask.nested"));
		Task elsewhere = new Task(8, TaskTests.column(9, TaskCategory.OPEN), 0, 1, TaskTests.NOW);
		assertThatThrownBy(() -> elsewhere.under(parent)).isInstanceOfSatisfying(TaskRefused.class,
				refused -> assertThat(refused.code()).isEqualTo("task.subtask.otherProject"));
		assertThat(grandchild.getParentId()).isNull();
	}

	@Test
	void aChecklistItemIsShortAndNotBlankAndKeepsWhoTickedIt() {
		assertThatThrownBy(() -> new TaskCheck(1, 0, "  ")).isInstanceOfSatisfying(TaskRefused.class,
				refused -> assertThat(refused.code()).isEqualTo("task.check.required"));
		assertThatThrownBy(() -> new TaskCheck(1, 0, "检".repeat(201))).isInstanceOfSatisfying(TaskRefused.class,
				refused -> assertThat(refused.code()).isEqualTo("task.check.tooLong"));
		TaskCheck item = new TaskCheck(1, 0, " 检".repeat(100).strip());
		assertThat(item.getText()).hasSize(199);
		assertThat(item.mark(true, 5, TaskTests.NOW)).isTrue();
		assertThat(item.mark(true, 6, TaskTests.NOW)).isFalse();
		assertThat(item.getDoneBy()).isEqualTo(5L);
		assertThat(item.mark(false, 6, TaskTests.NOW)).isTrue();
		assertThat(item.getDoneBy()).isNull();
		assertThat(List.of(item.isDone())).containsExactly(false);
	}
}
