package org.hutong.approvals.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hutong.approvals.flow.Condition;
import org.hutong.approvals.flow.Condition.FieldCompare;
import org.hutong.approvals.flow.Condition.Operator;
import org.junit.jupiter.api.Test;

/** Conditions on form values: comparisons, lists, groups, departments; missing or malformed values are false, never an error. */
class ConditionsTests {

	private static boolean holds(Condition condition, Map<String, Object> values) {
		return Conditions.holds(condition, values, Set.of(5L, 2L));
	}

	@Test
	void numbersAndMoneyCompare() {
		Map<String, Object> values = Map.of("amount", "50000.00", "days", 3);
		assertThat(holds(new FieldCompare("amount", Operator.GE, 50000), values)).isTrue();
		assertThat(holds(new FieldCompare("amount", Operator.GT, 50000), values)).isFalse();
		assertThat(holds(new FieldCompare("amount", Operator.EQ, "50000"), values)).isTrue();
		assertThat(holds(new FieldCompare("amount", Operator.NE, 1), values)).isTrue();
		assertThat(holds(new FieldCompare("days", Operator.LT, 3.5), values)).isTrue();
		assertThat(holds(new FieldCompare("days", Operator.LE, 2), values)).isFalse();
	}

	@Test
	void selectsAreInAListAndMultiSelectsContain() {
		Map<String, Object> values = Map.of("type", "差旅", "tags", List.of("紧急", "外地"));
		assertThat(holds(new FieldCompare("type", Operator.IN, List.of("招待", "差旅")), values)).isTrue();
		assertThat(holds(new FieldCompare("type", Operator.IN, List.of("招待")), values)).isFalse();
		assertThat(holds(new FieldCompare("tags", Operator.CONTAINS, "外地"), values)).isTrue();
		assertThat(holds(new FieldCompare("tags", Operator.CONTAINS, "本地"), values)).isFalse();
	}

	@Test
	void missingOrMalformedValuesMakeTheConditionFalse() {
		Map<String, Object> values = new HashMap<>();
		values.put("amount", "五万");
		values.put("empty", null);
		values.put("type", List.of("差旅"));
		values.put("huge", "12abc");
		for (Operator operator : List.of(Operator.GE, Operator.GT, Operator.LT, Operator.LE, Operator.EQ, Operator.NE)) {
			assertThat(holds(new FieldCompare("missing", operator, 1), values)).isFalse();
			assertThat(holds(new FieldCompare("empty", operator, 1), values)).isFalse();
		}
		assertThat(holds(new FieldCompare("amount", Operator.GE, 1), values)).isFalse();
		assertThat(holds(new FieldCompare("type", Operator.IN, List.of("差旅")), values)).isFalse();
		assertThat(holds(new FieldCompare("amount", Operator.CONTAINS, "五"), values)).isFalse();
		assertThat(holds(new FieldCompare("amount", Operator.IN, "not a list"), values)).isFalse();
		assertThat(holds(new FieldCompare("huge", Operator.GE, 1), values)).isFalse();
		assertThat(holds(new FieldCompare("amount", null, 1), values)).isFalse();
		assertThat(Conditions.holds(new FieldCompare("amount", Operator.GE, 1), null, null)).isFalse();
	}

	@Test
	void groupsAndTheSubmittersDepartment() {
		Map<String, Object> values = Map.of("amount", 80000);
		Condition big = new FieldCompare("amount", Operator.GE, 50000);
		Condition small = new FieldCompare("amount", Operator.LT, 1000);
		assertThat(holds(new Condition.AllOf(List.of(big, new Condition.DepartmentWithin(2))), values)).isTrue();
		assertThat(holds(new Condition.AllOf(List.of(big, new Condition.DepartmentWithin(9))), values)).isFalse();
		assertThat(holds(new Condition.AnyOf(List.of(small, new Condition.DepartmentWithin(5))), values)).isTrue();
		assertThat(holds(new Condition.AnyOf(List.of(small)), values)).isFalse();
		assertThat(holds(new Condition.AllOf(List.of()), values)).as("an empty AND holds nothing").isFalse();
	}
}
