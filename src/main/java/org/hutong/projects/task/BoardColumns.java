package org.hutong.projects.task;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * The rules for one project's board columns, over its active columns in order: names are required,
 * at most {@value TaskColumn#NAME_MAX} characters and unique on the board; a column is retired only when
 * empty, and the board always keeps a column for open work and one for done work. Refusals name the
 * field ({@code name}, {@code category} or {@code columnId}).
 */
final class BoardColumns {

	/** The columns a new board starts with: 未开始 · 进行中 · 待验证 · 已完成 · 已取消. */
	static final List<Default> DEFAULTS = List.of(new Default("未开始", TaskCategory.OPEN),
			new Default("进行中", TaskCategory.OPEN), new Default("待验证", TaskCategory.OPEN),
			new Default("已完成", TaskCategory.DONE), new Default("已取消", TaskCategory.CANCELLED));

	record Default(String name, TaskCategory category) {
	}

	private final long projectId;

	private final List<TaskColumn> columns;

	BoardColumns(long projectId, List<TaskColumn> columns) {
		this.projectId = projectId;
		this.columns = new ArrayList<>(columns.stream().filter(TaskColumn::isActive)
			.sorted(Comparator.comparingInt(TaskColumn::getPosition)).toList());
	}

	static List<TaskColumn> defaults(long projectId) {
		List<TaskColumn> made = new ArrayList<>();
		for (Default column : DEFAULTS) {
			made.add(new TaskColumn(projectId, column.name(), column.category(), made.size()));
		}
		return made;
	}

	List<TaskColumn> active() {
		return List.copyOf(columns);
	}

	/** A new column at the end of the board. */
	TaskColumn add(String name, TaskCategory category) {
		String clean = checkedName(name, null);
		if (category == null) {
			throw new TaskRefused("category", "task.column.category.required");
		}
		int next = columns.stream().mapToInt(TaskColumn::getPosition).max().orElse(-1) + 1;
		TaskColumn column = new TaskColumn(projectId, clean, category, next);
		columns.add(column);
		return column;
	}

	void rename(long columnId, String name) {
		TaskColumn column = find(columnId);
		column.rename(checkedName(name, column));
	}

	/** Moves the column one place left ({@code -1}) or right ({@code +1}); at an end nothing moves. */
	void shift(long columnId, int by) {
		TaskColumn column = find(columnId);
		int at = columns.indexOf(column);
		int to = Math.max(0, Math.min(columns.size() - 1, at + Integer.signum(by)));
		columns.remove(at);
		columns.add(to, column);
		for (int i = 0; i < columns.size(); i++) {
			columns.get(i).placeAt(i);
		}
	}

	/** Retires an empty column, unless the board would have no open or no done column left. */
	void retire(long columnId, LongUnaryOperator tasksIn) {
		TaskColumn column = find(columnId);
		if (tasksIn.applyAsLong(columnId) > 0) {
			throw new TaskRefused("columnId", "task.column.notEmpty");
		}
		if (column.getCategory() != TaskCategory.CANCELLED && columns.stream()
			.filter(c -> c != column && c.getCategory() == column.getCategory()).findAny().isEmpty()) {
			throw new TaskRefused("columnId", "task.column.lastOfCategory");
		}
		column.retire();
		columns.remove(column);
	}

	TaskColumn find(long columnId) {
		return columns.stream().filter(c -> c.getId() != null && c.getId() == columnId).findFirst()
			.orElseThrow(() -> new TaskRefused("columnId", "task.column.unknown"));
	}

	private String checkedName(String name, TaskColumn renamed) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty()) {
			throw new TaskRefused("name", "task.column.name.required");
		}
		if (clean.length() > TaskColumn.NAME_MAX) {
			throw new TaskRefused("name", "task.column.name.tooLong");
		}
		if (columns.stream().anyMatch(c -> c != renamed && c.getName().equalsIgnoreCase(clean))) {
			throw new TaskRefused("name", "task.column.name.taken");
		}
		return clean;
	}
}
