package org.hutong.projects.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** A board's columns: the default set, names, order, and which columns may be retired. */
class BoardColumnsTests {

	static List<TaskColumn> defaults() {
		List<TaskColumn> columns = new ArrayList<>(BoardColumns.defaults(7));
		for (int i = 0; i < columns.size(); i++) {
			ReflectionTestUtils.setField(columns.get(i), "id", 100L + i);
		}
		return columns;
	}

	static List<String> names(BoardColumns board) {
		return board.active().stream().map(TaskColumn::getName).toList();
	}

	@Test
	void aNewBoardStartsWithTheFiveDefaultColumnsAndTheirCategories() {
		BoardColumns board = new BoardColumns(7, defaults());
		assertThat(names(board)).containsExactly("未开始", "进行中", "待验证", "已完成", "已取消");
		assertThat(board.active()).extracting(TaskColumn::getCategory).containsExactly(TaskCategory.OPEN,
				TaskCategory.OPEN, TaskCategory.OPEN, TaskCategory.DONE, TaskCategory.CANCELLED);
	}

	@Test
	void renamesAndRefusesAnEmptyATooLongOrATakenName() {
		BoardColumns board = new BoardColumns(7, defaults());
		board.rename(101, " 开发中 ");
		assertThat(names(board)).contains("开发中");
		board.rename(101, "开发中");
		assertThat(refusal(() -> board.rename(101, " "))).isEqualTo("name:task.column.name.required");
		assertThat(refusal(() -> board.rename(101, "一二三四五六七八九十一二三四五六七八九十一")))
			.isEqualTo("name:task.column.name.tooLong");
		assertThat(refusal(() -> board.rename(101, "已完成"))).isEqualTo("name:task.column.name.taken");
		assertThat(refusal(() -> board.add("待验证", TaskCategory.OPEN))).isEqualTo("name:task.column.name.taken");
		assertThat(refusal(() -> board.add("评审", null))).isEqualTo("category:task.column.category.required");
	}

	@Test
	void addsAtTheEndAndReordersOnePlaceAtATime() {
		BoardColumns board = new BoardColumns(7, defaults());
		TaskColumn review = board.add("评审中", TaskCategory.OPEN);
		assertThat(review.getPosition()).isEqualTo(5);
		board.shift(103, -1);
		assertThat(names(board)).containsExactly("未开始", "进行中", "已完成", "待验证", "已取消", "评审中");
		board.shift(100, -1);
		assertThat(names(board)).as("the first stays first").startsWith("未开始");
		assertThat(board.active()).extracting(TaskColumn::getPosition).containsExactly(0, 1, 2, 3, 4, 5);
	}

	@Test
	void retiresOnlyAnEmptyColumnAndKeepsAnOpenAndADoneOne() {
		BoardColumns board = new BoardColumns(7, defaults());
		assertThat(refusal(() -> board.retire(101, id -> 2))).isEqualTo("columnId:task.column.notEmpty");
		board.retire(101, id -> 0);
		board.retire(102, id -> 0);
		assertThat(refusal(() -> board.retire(100, id -> 0))).isEqualTo("columnId:task.column.lastOfCategory");
		assertThat(refusal(() -> board.retire(103, id -> 0))).isEqualTo("columnId:task.column.lastOfCategory");
		board.retire(104, id -> 0);
		assertThat(names(board)).containsExactly("未开始", "已完成");
		assertThat(refusal(() -> board.rename(104, "又来"))).as("a retired column is gone from the board")
			.isEqualTo("columnId:task.column.unknown");
	}

	private static String refusal(Runnable change) {
		try {
			change.run();
		}
		catch (TaskRefused refused) {
			return refused.field() + ":" + refused.code();
		}
		throw new AssertionError("not refused");
	}
}
