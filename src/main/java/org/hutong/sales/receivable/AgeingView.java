package org.hutong.sales.receivable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * 应收账龄 on a day: per group (customer, 负责人 or department) and in total, what is owed in CNY and on
 * how many terms in each {@link AgeBucket}, the buckets in their order. At most a page of groups are
 * named, the largest first; the rest are summed into {@code others} (null when there are none).
 */
public record AgeingView(AgeingFilter filter, LocalDate today, List<Group> groups, Group others, Group total) {

	/** What one bucket holds. */
	public record Cell(BigDecimal amount, long count) {

		static final Cell EMPTY = new Cell(BigDecimal.ZERO.setScale(2), 0);

		Cell plus(Cell other) {
			return new Cell(amount.add(other.amount), count + other.count);
		}
	}

	/** A group's cells, by bucket; {@code id} null for the total, the others, or owners without a department. */
	public record Group(Long id, String name, List<Cell> cells) {

		@JsonIgnore
		public Cell cell(AgeBucket bucket) {
			return cells.get(bucket.ordinal());
		}

		@JsonProperty("amount")
		public BigDecimal amount() {
			return cells.stream().map(Cell::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

		@JsonProperty("overdue")
		public BigDecimal overdue() {
			return amount().subtract(cell(AgeBucket.NOT_DUE).amount());
		}

		@JsonProperty("count")
		public long count() {
			return cells.stream().mapToLong(Cell::count).sum();
		}

		Group minus(Group other) {
			List<Cell> difference = new java.util.ArrayList<>();
			for (int i = 0; i < cells.size(); i++) {
				Cell cell = cells.get(i);
				Cell less = other.cells.get(i);
				difference.add(new Cell(cell.amount.subtract(less.amount), cell.count - less.count));
			}
			return new Group(id, name, List.copyOf(difference));
		}

		Group plus(Group other) {
			List<Cell> sum = new java.util.ArrayList<>();
			for (int i = 0; i < cells.size(); i++) {
				sum.add(cells.get(i).plus(other.cells.get(i)));
			}
			return new Group(id, name, List.copyOf(sum));
		}

		static Group empty(Long id, String name) {
			return new Group(id, name, java.util.Collections.nCopies(AgeBucket.values().length, Cell.EMPTY));
		}
	}

	/** The buckets in the order of every group's cells. */
	@JsonProperty("buckets")
	public AgeBucket[] buckets() {
		return AgeBucket.values();
	}
}
